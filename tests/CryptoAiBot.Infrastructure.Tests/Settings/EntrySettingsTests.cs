using CryptoAiBot.Application.Regime;
using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Sizing;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

/// <summary>MTF_*, FUSION_* and POSITION_SIZER with its parameters, as validated settings and as what the application gets.</summary>
public sealed class EntrySettingsTests
{
    private static SettingsLoadResult Load(params (string Name, string? Value)[] pairs) => SettingsLoader.Load(Variables.Of(pairs));

    [Fact]
    public void A_weighted_timeframe_that_trading_candles_cannot_build_is_refused_naming_the_variables()
    {
        var result = Load(("TRADING_TIMEFRAME", "1h"), ("MTF_W_M15", "0.1"), ("MTF_W_H1", "0.3"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            "MTF_W_M15=0.1 weighs the 15m trend, which cannot be built from TRADING_TIMEFRAME=1h candles; " +
            "set it to 0 (and re-balance the MTF weights) or trade a shorter timeframe",
            problem);
    }

    [Fact]
    public void The_same_weights_are_fine_when_the_trend_filter_is_off_or_the_timeframe_divides_them()
    {
        Assert.Empty(Load(("TRADING_TIMEFRAME", "1h"), ("MTF_W_M15", "0.1"), ("MTF_W_H1", "0.3"), ("MTF_ENABLED", "0")).Problems);
        Assert.Empty(Load(("TRADING_TIMEFRAME", "5m"), ("MTF_W_M15", "0.1"), ("MTF_W_H1", "0.3")).Problems);
    }

    [Fact]
    public void Every_bad_sizer_parameter_is_listed_at_once()
    {
        var result = Load(
            ("KELLY_WIN_RATE", "1.2"), ("KELLY_PAYOFF_RATIO", "0"), ("KELLY_FRACTION", "1.5"), ("TARGET_VOL_PCT", "-1"), ("TARGET_VOL_MAX_QUOTE", "-5"));

        Assert.Equal(
            [
                "KELLY_WIN_RATE must be between 0 and 1; got 1.2",
                "KELLY_PAYOFF_RATIO must be > 0; got 0",
                "KELLY_FRACTION must be > 0 and at most 1; got 1.5",
                "TARGET_VOL_PCT must be > 0; got -1",
                "TARGET_VOL_MAX_QUOTE must not be negative; got -5",
            ],
            result.Problems);
    }

    [Theory]
    [InlineData("fixed", typeof(FixedQuoteSizer))]
    [InlineData("kelly", typeof(FractionalKellySizer))]
    [InlineData("target_vol", typeof(TargetVolatilitySizer))]
    public void The_plan_sizes_entries_with_the_configured_sizer(string name, Type expected)
    {
        var settings = Load(("POSITION_SIZER", name), ("FIXED_AMOUNT", "25"), ("KELLY_WIN_RATE", "0.55"), ("TARGET_VOL_PCT", "0.8")).Settings!;

        var sizer = settings.ToApplicationOptions().Plan.SizerOrFixed;

        Assert.IsType(expected, sizer);
        Assert.Equal(name, sizer.Name);
        switch (sizer)
        {
            case FixedQuoteSizer f:
                Assert.Equal(25m, f.Amount);
                break;
            case FractionalKellySizer k:
                Assert.Equal((0.55d, 1.5d, 0.25d), (k.WinRate, k.PayoffRatio, k.Fraction));
                break;
            case TargetVolatilitySizer t:
                Assert.Equal(0.8d, t.TargetVolPct);
                break;
        }
    }

    [Fact]
    public void The_trend_measure_is_configurable_and_every_bad_value_is_listed()
    {
        var good = Load(("MTF_EMA_PERIOD", "50"), ("MTF_ATR_PERIOD", "21"), ("MTF_ATR_MULT", "1.5"), ("MTF_ENTRY_THRESHOLD", "0.2"));
        var bad = Load(("MTF_EMA_PERIOD", "0"), ("MTF_ATR_PERIOD", "5000"), ("MTF_ATR_MULT", "0"), ("MTF_ENTRY_THRESHOLD", "1.5"));

        var trend = good.Settings!.ToApplicationOptions().EntriesOrOpen.Trend;
        Assert.Equal((50, 21, 1.5d, 0.2d), (trend.EmaPeriod, trend.AtrPeriod, trend.AtrMultiple, trend.EntryThreshold));
        Assert.Equal(
            [
                "MTF_EMA_PERIOD must be between 1 and 1000; got 0",
                "MTF_ATR_PERIOD must be between 1 and 1000; got 5000",
                "MTF_ATR_MULT must be > 0; got 0",
                "MTF_ENTRY_THRESHOLD must be between -1 and 1; got 1.5",
            ],
            bad.Problems);
    }

    [Fact]
    public void A_regime_filter_that_watches_nothing_is_refused_and_one_that_watches_maps_onto_the_policy()
    {
        var nothing = Assert.Single(Load(("REGIME_ENABLED", "1")).Problems);
        var limitsOff = Assert.Single(Load(
            ("REGIME_ENABLED", "1"), ("REGIME_DXY_URL", "http://127.0.0.1:9/dxy"), ("REGIME_DXY_LIMIT_PCT", "0")).Problems);
        var scaledToNothing = Assert.Single(Load(
            ("REGIME_ENABLED", "1"), ("REGIME_FOMC_URL", "http://127.0.0.1:9/fomc"), ("REGIME_BLOCK_BUY", "0"), ("REGIME_WEIGHT_MULT_RISK_OFF", "0")).Problems);
        var policy = Load(
                ("REGIME_ENABLED", "1"), ("REGIME_DXY_URL", "http://127.0.0.1:9/dxy"), ("REGIME_FOMC_URL", "http://127.0.0.1:9/fomc"),
                ("REGIME_FOMC_BLOCK_HOURS", "6"), ("REGIME_BLOCK_BUY", "0"), ("REGIME_WEIGHT_MULT_RISK_OFF", "0.25"),
                ("REGIME_REFRESH_SEC", "60"), ("REGIME_MAX_DATA_AGE_HOURS", "48"))
            .Settings!.ToApplicationOptions().RegimeOrOff;
        var defaults = Load().Settings!.ToApplicationOptions().RegimeOrOff;

        Assert.StartsWith("REGIME_ENABLED=1 watches nothing: set at least one of REGIME_DXY_URL", nothing, StringComparison.Ordinal);
        Assert.Equal(nothing, limitsOff);
        Assert.StartsWith("REGIME_WEIGHT_MULT_RISK_OFF=0 with REGIME_BLOCK_BUY=0", scaledToNothing, StringComparison.Ordinal);
        Assert.Equal(
            new RegimePolicy(true, true, false, true, new RegimeThresholds(0.35m, 0.60m, TimeSpan.FromHours(6), TimeSpan.FromHours(48)), false, 0.25m,
                TimeSpan.FromSeconds(60)),
            policy);
        Assert.Equal("DXY > +0.35%/day, FOMC ±6h; risk-off scales buys x0.25", policy.Describe());
        Assert.False(defaults.Enabled);
        Assert.Equal("off", defaults.Describe());
    }

    [Fact]
    public void Defaults_gate_entries_with_the_seeds_trend_weights_and_fusion_and_switches_turn_them_off()
    {
        var defaults = Load().Settings!.ToApplicationOptions().EntriesOrOpen;
        var off = Load(("MTF_ENABLED", "0"), ("FUSION_ENABLED", "0")).Settings!.ToApplicationOptions().EntriesOrOpen;

        Assert.True(defaults.Trend.Enabled);
        Assert.Equal(Domain.Trend.TrendWeights.Default, defaults.TrendWeights);
        Assert.Equal((true, 0.65m, 0.35m), (defaults.Fusion.Enabled, defaults.Fusion.TechnicalWeight, defaults.Fusion.AiWeight));
        Assert.False(off.Trend.Enabled);
        Assert.False(off.Fusion.Enabled);
    }
}
