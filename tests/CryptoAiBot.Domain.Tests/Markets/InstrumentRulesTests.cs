using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Domain.Tests.Markets;

/// <summary>
/// The one place where an amount becomes sendable: it floors to the market's precision (never spends or
/// sells more than asked) and refuses what the exchange would reject, with the error code callers branch on.
/// </summary>
public sealed class InstrumentRulesTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    // 2 decimals for prices and quote amounts, 6 for base; at least 0.0001 BTC and 5 USDT an order.
    private static readonly InstrumentRules Rules = new(Btc, 2, 6, 0.0001m, 5m);

    [Theory]
    [InlineData("10.999", "10.99")]
    [InlineData("10.991", "10.99")]
    [InlineData("10.99", "10.99")]
    [InlineData("5", "5")]
    [InlineData("1234567.8999999", "1234567.89")]
    public void Floors_a_buy_quote_amount_to_price_precision_never_rounding_up(string input, string expected)
    {
        var result = Rules.QuantizeBuyQuote(decimal.Parse(input));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(decimal.Parse(expected), result.Value);
    }

    [Theory]
    [InlineData("0.1234569", "0.123456")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("2.9999999999", "2.999999")]
    public void Floors_a_sell_base_amount_to_amount_precision_never_rounding_up(string input, string expected)
    {
        var result = Rules.QuantizeSellBase(decimal.Parse(input), 100_000m);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(decimal.Parse(expected), result.Value);
    }

    [Theory]
    [InlineData("4.999")]
    [InlineData("4.99")]
    [InlineData("0.004")]
    public void Refuses_a_buy_below_the_minimum_notional_after_flooring(string input)
    {
        var result = Rules.QuantizeBuyQuote(decimal.Parse(input));

        Assert.Equal(ErrorCode.BelowMinimum, result.Error?.Code);
        Assert.Contains("minimum order of 5 USDT", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_buy_that_floors_to_zero_even_without_a_minimum()
    {
        var noMinimums = Rules with { MinBaseAmount = 0m, MinQuoteAmount = 0m };

        Assert.Equal(ErrorCode.BelowMinimum, noMinimums.QuantizeBuyQuote(0.009m).Error?.Code);
        Assert.Equal(ErrorCode.BelowMinimum, noMinimums.QuantizeSellBase(0.0000009m, 0m).Error?.Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Refuses_a_non_positive_amount_as_invalid(string input)
    {
        var amount = decimal.Parse(input);

        Assert.Equal(ErrorCode.Validation, Rules.QuantizeBuyQuote(amount).Error?.Code);
        Assert.Equal(ErrorCode.Validation, Rules.QuantizeSellBase(amount, 100m).Error?.Code);
    }

    [Fact]
    public void Refuses_a_sell_below_the_minimum_base_amount_after_flooring()
    {
        // 0.00009999 floors to 0.000099, under the 0.0001 minimum, although it is worth 9.9 USDT.
        var result = Rules.QuantizeSellBase(0.00009999m, 100_000m);

        Assert.Equal(ErrorCode.BelowMinimum, result.Error?.Code);
        Assert.Contains("minimum amount of 0.0001 BTC", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_sell_worth_less_than_the_minimum_notional_at_the_given_price()
    {
        var result = Rules.QuantizeSellBase(0.001m, 1_000m);

        Assert.Equal(ErrorCode.BelowMinimum, result.Error?.Code);
        Assert.Contains("worth 1 USDT", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_sell_worth_exactly_the_minimum_notional()
    {
        Assert.Equal(0.005m, Rules.QuantizeSellBase(0.005m, 1_000m).Value);
    }

    [Fact]
    public void Skips_the_notional_check_when_no_price_is_known()
    {
        Assert.Equal(0.001m, Rules.QuantizeSellBase(0.001m, 0m).Value);
    }

    [Theory]
    [InlineData("100.125", "100.12")]
    [InlineData("100.135", "100.14")]
    [InlineData("100.1251", "100.13")]
    public void Rounds_a_price_to_price_precision_half_to_even(string input, string expected)
    {
        Assert.Equal(decimal.Parse(expected), Rules.RoundPrice(decimal.Parse(input)));
    }

    [Fact]
    public void Default_rules_are_gate_like_for_usdt_pairs()
    {
        var rules = InstrumentRules.DefaultFor(Btc);

        Assert.Equal(new InstrumentRules(Btc, 2, 6, 0.000001m, 3m), rules);
    }
}
