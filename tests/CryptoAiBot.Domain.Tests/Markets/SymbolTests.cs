using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Tests.Markets;

/// <summary>Every spelling of a pair normalizes to <c>BASE/QUOTE</c>; anything else is refused.</summary>
public sealed class SymbolTests
{
    [Theory]
    [InlineData("btc_usdt", "BTC/USDT")]
    [InlineData("BTC-USDT", "BTC/USDT")]
    [InlineData("btc/usdt", "BTC/USDT")]
    [InlineData("BTC/USDT", "BTC/USDT")]
    [InlineData("BTC:USDT", "BTC/USDT")]
    [InlineData(" eth/usdt ", "ETH/USDT")]
    [InlineData("\tSol_Usdc\n", "SOL/USDC")]
    [InlineData("1inch_usdt", "1INCH/USDT")]
    public void Normalizes_every_spelling_to_upper_case_base_slash_quote(string input, string expected)
    {
        var symbol = Symbol.Parse(input);

        Assert.Equal(expected, symbol.ToString());
    }

    [Fact]
    public void Splits_into_base_and_quote_and_spells_the_exchange_code_with_an_underscore()
    {
        var symbol = Symbol.Parse("btc-usdt");

        Assert.Equal("BTC", symbol.Base);
        Assert.Equal("USDT", symbol.Quote);
        Assert.Equal("BTC_USDT", symbol.ExchangeCode);
    }

    [Fact]
    public void Treats_different_spellings_as_the_same_key()
    {
        Assert.Equal(Symbol.Parse("btc_usdt"), Symbol.Parse("BTC/USDT"));
        Assert.Equal(Symbol.Parse("btc_usdt").GetHashCode(), Symbol.Parse("BTC-USDT").GetHashCode());
        Assert.NotEqual(Symbol.Parse("ETH/USDT"), Symbol.Parse("BTC/USDT"));
    }

    [Theory]
    [InlineData("BTCUSDT")]
    [InlineData("BTC/")]
    [InlineData("/USDT")]
    [InlineData("BTC/USDT/X")]
    [InlineData("BTC_USDT-X")]
    [InlineData("BTC/US DT")]
    [InlineData("BTC/USDT!")]
    [InlineData("BTC//USDT")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_pair(string? input)
    {
        Assert.False(Symbol.TryParse(input, out var symbol));
        Assert.Equal(default, symbol);
    }

    [Theory]
    [InlineData("BTCUSDT")]
    [InlineData("BTC/USDT/X")]
    [InlineData("")]
    public void Parse_throws_a_format_exception_naming_the_input(string input)
    {
        var error = Assert.Throws<FormatException>(() => Symbol.Parse(input));

        Assert.Contains($"'{input}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_asset_codes_longer_than_twenty_characters()
    {
        Assert.True(Symbol.TryParse(new string('A', 20) + "/USDT", out _));
        Assert.False(Symbol.TryParse(new string('A', 21) + "/USDT", out _));
    }
}
