using CryptoAiBot.Domain.Sizing;

namespace CryptoAiBot.Domain.Tests.Sizing;

public sealed class FixedQuoteSizerTests
{
    private static readonly FixedQuoteSizer Hundred = new(100m);

    [Fact]
    public void Spends_the_fixed_amount_when_nothing_caps_it() => Assert.Equal(100m, Hundred.QuoteAmount(SizingContexts.Roomy));

    [Fact]
    public void Is_capped_by_the_available_quote() =>
        Assert.Equal(60m, Hundred.QuoteAmount(SizingContexts.Roomy with { AvailableQuote = 60m }));

    [Fact]
    public void Is_capped_by_the_max_position_times_the_price() =>
        // 0.001 BTC × 50,000 = 50 USDT.
        Assert.Equal(50m, Hundred.QuoteAmount(SizingContexts.Roomy with { MaxPositionBase = 0.001m }));

    [Fact]
    public void Takes_the_tighter_of_both_caps() =>
        Assert.Equal(40m, Hundred.QuoteAmount(SizingContexts.Roomy with { AvailableQuote = 40m, MaxPositionBase = 0.001m }));

    [Theory]
    [InlineData(200, 20_000, 0)]
    [InlineData(5, 3, 0)]
    [InlineData(5, 5, 5)]
    [InlineData(5, 0, 0)]
    [InlineData(5, -10, 0)]
    public void Is_zero_below_the_minimum_quote_and_never_negative(decimal minQuote, decimal available, decimal expected) =>
        Assert.Equal(expected, Hundred.QuoteAmount(SizingContexts.Roomy with { MinQuote = minQuote, AvailableQuote = available }));

    [Fact]
    public void A_set_position_cap_with_no_price_gives_zero() =>
        Assert.Equal(0m, Hundred.QuoteAmount(SizingContexts.Roomy with { MaxPositionBase = 1m, Price = 0m }));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Refuses_an_amount_that_is_not_positive(decimal amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedQuoteSizer(amount));
}
