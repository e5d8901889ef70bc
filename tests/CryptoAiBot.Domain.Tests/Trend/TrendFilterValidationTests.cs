using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>What the filter refuses, and what it accepts while switched off.</summary>
public sealed class TrendFilterValidationTests
{
    private static readonly TrendFilterSettings Short = TrendFilterTests.Short;
    private static readonly TrendWeights HourOnly = TrendFilterTests.HourOnly;

    [Fact]
    public void A_disabled_filter_tracks_nothing_and_always_allows()
    {
        var settings = new TrendFilterSettings { Enabled = false };
        // Weights that would be refused while enabled: all 0, or 1h trends on 4h candles.
        var none = new TrendFilter(Timeframe.M1, new TrendWeights(0m, 0m, 0m, 0m, 0m), settings);
        var coarse = new TrendFilter(Timeframe.H4, TrendWeights.Default, settings);

        var verdict = none.OnCandle(TrendCandles.Minutes(1, TrendCandles.Falling)[0]);

        Assert.False(none.Enabled);
        Assert.True(verdict.AllowsEntry);
        Assert.Equal(TrendFilter.DisabledReason, verdict.Reason);
        Assert.True(coarse.Evaluate(TrendCandles.Start).AllowsEntry);
        Assert.False(coarse.Tracks(Timeframe.H1));
    }

    [Theory]
    [InlineData(-0.1, 0.5, 0.3, 0.2, 0.1)]
    [InlineData(0, -0.4, 0.7, 0.6, 0.1)]
    [InlineData(0, 0.4, -0.3, 0.8, 0.1)]
    [InlineData(0, 0.4, 0.3, -0.2, 0.5)]
    [InlineData(0, 0.4, 0.3, 0.4, -0.1)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Refuses_negative_or_all_zero_weights(double m15, double h1, double h4, double d1, double w1)
    {
        var weights = new TrendWeights((decimal)m15, (decimal)h1, (decimal)h4, (decimal)d1, (decimal)w1);

        Assert.Throws<ArgumentException>(() => new TrendFilter(Timeframe.M1, weights));
    }

    [Theory]
    [InlineData("1h")]
    [InlineData("30m")]
    public void Refuses_a_weighted_timeframe_that_cannot_be_built_from_the_input(string input)
    {
        var weights = new TrendWeights(0.2m, 0.6m, 0.2m, 0m, 0m);

        var error = Assert.Throws<ArgumentException>(() => new TrendFilter(Timeframe.Parse(input), weights));
        Assert.Contains("15m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_invalid_settings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendFilter(Timeframe.M1, HourOnly, Short with { EmaPeriod = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendFilter(Timeframe.M1, HourOnly, Short with { AtrMultiple = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendFilter(Timeframe.M1, HourOnly, Short with { EntryThreshold = 1.5 }));
    }

    [Fact]
    public void Refuses_candles_out_of_order()
    {
        var filter = new TrendFilter(Timeframe.M1, HourOnly, Short);
        var candles = TrendCandles.Minutes(3, TrendCandles.Rising);
        filter.OnCandle(candles[2]);

        Assert.Throws<ArgumentException>(() => filter.OnCandle(candles[1]));
    }
}
