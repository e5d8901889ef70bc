using CryptoAiBot.Domain.Sizing;

namespace CryptoAiBot.Domain.Tests.Sizing;

public sealed class FractionalKellySizerTests
{
    [Theory]
    // f* = 0.6 − 0.4 / 2 = 0.4; × 0.5 = 0.2 of 10,000.
    [InlineData(0.6, 2, 0.5, 2_000)]
    // f* = 0.55 − 0.45 / 1.5 = 0.25; × 0.25 = 0.0625 of 10,000.
    [InlineData(0.55, 1.5, 0.25, 625)]
    // f* = 0.5 − 0.5 / 1 = 0: no edge, no entry.
    [InlineData(0.5, 1, 1, 0)]
    // f* = 0.4 − 0.6 / 1 = −0.2: negative edge, no entry.
    [InlineData(0.4, 1, 1, 0)]
    public void Spends_the_kelly_fraction_of_equity(double winRate, double payoff, double fraction, decimal expected)
    {
        var sizer = new FractionalKellySizer(winRate, payoff, fraction);

        Assert.Equal(expected, sizer.QuoteAmount(SizingContexts.Roomy));
    }

    [Fact]
    public void Reports_the_full_kelly_fraction()
    {
        var sizer = new FractionalKellySizer(0.6, 2, 0.5);

        Assert.Equal(0.4, sizer.KellyFraction, 12);
        Assert.Equal(0.2m, sizer.EquityShare);
    }

    [Fact]
    public void Is_capped_by_the_available_quote() =>
        Assert.Equal(300m, new FractionalKellySizer(0.6, 2, 0.5).QuoteAmount(SizingContexts.Roomy with { AvailableQuote = 300m }));

    [Fact]
    public void Is_capped_by_the_max_position_times_the_price() =>
        // 0.01 BTC × 50,000 = 500 < 2,000.
        Assert.Equal(500m, new FractionalKellySizer(0.6, 2, 0.5).QuoteAmount(SizingContexts.Roomy with { MaxPositionBase = 0.01m }));

    [Fact]
    public void Is_zero_below_the_minimum_quote() =>
        Assert.Equal(0m, new FractionalKellySizer(0.55, 1.5, 0.25).QuoteAmount(SizingContexts.Roomy with { MinQuote = 1_000m }));

    [Fact]
    public void Is_zero_without_equity() =>
        Assert.Equal(0m, new FractionalKellySizer(0.6, 2, 0.5).QuoteAmount(SizingContexts.Roomy with { Equity = -100m }));

    [Theory]
    [InlineData(-0.1, 1, 0.5)]
    [InlineData(1.1, 1, 0.5)]
    [InlineData(double.NaN, 1, 0.5)]
    [InlineData(0.5, 0, 0.5)]
    [InlineData(0.5, double.PositiveInfinity, 0.5)]
    [InlineData(0.5, 1, 0)]
    [InlineData(0.5, 1, 1.5)]
    public void Refuses_values_out_of_range(double winRate, double payoff, double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FractionalKellySizer(winRate, payoff, fraction));
}
