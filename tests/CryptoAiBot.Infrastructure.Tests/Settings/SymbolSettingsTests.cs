using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SymbolSettingsTests
{
    [Theory]
    [InlineData("btc_usdt")]
    [InlineData("BTC-USDT")]
    [InlineData("btc/usdt")]
    [InlineData(" BTC/USDT ")]
    public void Normalizes_every_spelling_of_a_pair(string spelling)
    {
        var settings = SettingsLoader.Load(Variables.Of(("SYMBOLS", spelling))).GetOrThrow();

        Assert.Equal("BTC/USDT", Assert.Single(settings.Trading.Symbols).ToString());
    }

    [Fact]
    public void Reads_a_comma_list_in_order()
    {
        var settings = SettingsLoader.Load(Variables.Of(("SYMBOLS", "eth_usdt, BTC-USDT,sol/usdt,"))).GetOrThrow();

        Assert.Equal(["ETH/USDT", "BTC/USDT", "SOL/USDT"], settings.Trading.Symbols.Select(s => s.ToString()));
    }

    [Fact]
    public void Uses_symbol_when_symbols_is_unset()
    {
        var settings = SettingsLoader.Load(Variables.Of(("SYMBOL", "eth_usdt"))).GetOrThrow();

        Assert.Equal("ETH/USDT", Assert.Single(settings.Trading.Symbols).ToString());
    }

    [Fact]
    public void Prefers_symbols_and_warns_that_symbol_is_ignored()
    {
        var result = SettingsLoader.Load(Variables.Of(("SYMBOL", "eth_usdt"), ("SYMBOLS", "btc_usdt")));

        Assert.Equal("BTC/USDT", Assert.Single(result.GetOrThrow().Trading.Symbols).ToString());
        Assert.Equal(["SYMBOL is ignored because SYMBOLS is set"], result.Warnings);
    }

    [Fact]
    public void Rejects_a_pair_listed_twice_in_different_spellings()
    {
        var result = SettingsLoader.Load(Variables.Of(("SYMBOLS", "btc_usdt,BTC/USDT")));

        Assert.Equal(["SYMBOLS: BTC/USDT is listed more than once"], result.Problems);
    }

    [Theory]
    [InlineData("BTCUSDT")]
    [InlineData("BTC/USDT/EUR")]
    [InlineData("BTC/")]
    public void Rejects_text_that_is_not_a_pair(string text)
    {
        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("SYMBOLS", text))).Problems);

        Assert.StartsWith($"SYMBOLS: '{text}' is not a trading pair", problem);
    }
}
