using CryptoAiBot.Domain.Regime;

namespace CryptoAiBot.Domain.Tests.Regime;

public sealed class RegimeDetectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly RegimeThresholds Limits = RegimeThresholds.Default;

    private static MacroSeries Dxy(params (int DaysAgo, decimal Value)[] points) => Series(MacroIndicator.Dxy, points);

    private static MacroSeries Dominance(params (int DaysAgo, decimal Value)[] points) => Series(MacroIndicator.BtcDominance, points);

    private static MacroSeries Series(MacroIndicator indicator, (int DaysAgo, decimal Value)[] points) =>
        new(indicator, true, points.Select(p => new MacroObservation(new DateTimeOffset(Now.Date, TimeSpan.Zero).AddDays(-p.DaysAgo), p.Value)).ToArray(), "");

    private static FomcCalendar Fomc(params DateTimeOffset[] decisions) => new(true, decisions, "");

    private static RegimeVerdict Evaluate(MacroSeries? dxy = null, MacroSeries? dominance = null, FomcCalendar? fomc = null, DateTimeOffset? now = null) =>
        RegimeDetector.Evaluate(
            dxy ?? MacroSeries.Unwatched(MacroIndicator.Dxy), dominance ?? MacroSeries.Unwatched(MacroIndicator.BtcDominance),
            fomc ?? FomcCalendar.Unwatched, Limits, now ?? Now);

    [Fact]
    public void Nothing_watched_is_risk_on_with_no_reason()
    {
        var verdict = Evaluate();

        Assert.Equal(RegimeState.RiskOn, verdict.State);
        Assert.Empty(verdict.Reasons);
        Assert.Equal("risk-on", verdict.Reason);
    }

    [Fact]
    public void A_dollar_rising_faster_than_its_limit_in_a_day_is_risk_off_and_a_falling_one_is_not()
    {
        // 100 -> 100.5 is +0.50%, above the 0.35% limit; 100 -> 99 is a fall.
        var rising = Evaluate(Dxy((3, 99m), (1, 100m), (0, 100.5m)));
        var falling = Evaluate(Dxy((1, 100m), (0, 99m)));
        var calm = Evaluate(Dxy((1, 100m), (0, 100.35m)));

        Assert.Equal(RegimeState.RiskOff, rising.State);
        Assert.Equal("DXY +0.50% in a day (limit 0.35%)", Assert.Single(rising.Reasons));
        Assert.Equal(0.5m, rising.DxyChangePct);
        Assert.Equal(RegimeState.RiskOn, falling.State);
        Assert.Equal(-1m, falling.DxyChangePct);
        Assert.Equal(RegimeState.RiskOn, calm.State);
    }

    [Fact]
    public void The_day_before_a_daily_series_newest_value_is_its_previous_trading_day()
    {
        // Friday 100, Monday 101 (no weekend values): the Monday change is against Friday, +1%.
        var monday = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var series = new MacroSeries(
            MacroIndicator.BtcDominance, true, [new(monday.AddDays(-3), 100m), new(monday, 101m)], "");

        var verdict = Evaluate(dominance: series, now: monday.AddHours(12));

        Assert.Equal(RegimeState.RiskOff, verdict.State);
        Assert.Equal("BTC dominance +1.00% in a day (limit 0.60%)", Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Values_after_now_are_not_seen()
    {
        // Tomorrow's spike is in the list but must not decide today's regime.
        var verdict = Evaluate(Dxy((1, 100m), (0, 100.1m), (-1, 110m)));

        Assert.Equal(RegimeState.RiskOn, verdict.State);
        Assert.Equal(0.1m, verdict.DxyChangePct);
    }

    [Fact]
    public void A_watched_series_without_usable_data_makes_the_regime_unknown_and_says_why()
    {
        var failed = Evaluate(new MacroSeries(MacroIndicator.Dxy, true, [], "REGIME_DXY_URL answered HTTP 503"));
        var empty = Evaluate(Dxy());
        var single = Evaluate(Dxy((0, 100m)));
        var stale = Evaluate(Dxy((6, 100m), (5, 100.1m)));

        Assert.Equal(RegimeState.Unknown, failed.State);
        Assert.Equal("DXY unavailable: REGIME_DXY_URL answered HTTP 503", Assert.Single(failed.Reasons));
        Assert.Equal("DXY has no value yet", Assert.Single(empty.Reasons));
        Assert.Equal("DXY has no value a day before its newest one", Assert.Single(single.Reasons));
        Assert.Equal(RegimeState.Unknown, stale.State);
        Assert.Equal("DXY is stale: newest value from 2026-11-15 00:00 UTC (max age 96h)", Assert.Single(stale.Reasons));
    }

    [Fact]
    public void Last_good_data_still_judges_while_a_read_fails()
    {
        var series = Dxy((1, 100m), (0, 100.1m)) with { Problem = "REGIME_DXY_URL unreachable (timed out)" };

        Assert.Equal(RegimeState.RiskOn, Evaluate(series).State);
    }

    [Fact]
    public void An_fomc_decision_within_the_window_before_or_after_is_risk_off_and_the_next_one_is_reported()
    {
        var decision = Now.AddHours(5);
        var before = Evaluate(fomc: Fomc(decision, Now.AddDays(40)));
        var after = Evaluate(fomc: Fomc(Now.AddHours(-7.5)));
        var outside = Evaluate(fomc: Fomc(Now.AddHours(9), Now.AddDays(-1)));

        Assert.Equal(RegimeState.RiskOff, before.State);
        Assert.Equal("FOMC decision at 2026-11-20 17:00 UTC (in 5h; blocked within 8h)", Assert.Single(before.Reasons));
        Assert.Equal(decision, before.NextFomc);
        Assert.Equal("FOMC decision at 2026-11-20 04:30 UTC (7.5h ago; blocked within 8h)", Assert.Single(after.Reasons));
        Assert.Equal(RegimeState.RiskOn, outside.State);
        Assert.Equal(Now.AddHours(9), outside.NextFomc);
    }

    [Fact]
    public void A_calendar_that_never_loaded_is_unknown_and_a_definite_risk_off_outranks_unknown_listing_both()
    {
        var noCalendar = new FomcCalendar(true, [], "REGIME_FOMC_URL answer is not JSON", Loaded: false);

        var unknown = Evaluate(fomc: noCalendar);
        var both = Evaluate(Dxy((1, 100m), (0, 101m)), fomc: noCalendar);

        Assert.Equal(RegimeState.Unknown, unknown.State);
        Assert.Equal("FOMC calendar unavailable: REGIME_FOMC_URL answer is not JSON", Assert.Single(unknown.Reasons));
        Assert.Equal(RegimeState.RiskOff, both.State);
        Assert.Equal(["DXY +1.00% in a day (limit 0.35%)", "FOMC calendar unavailable: REGIME_FOMC_URL answer is not JSON"], both.Reasons);
        Assert.Equal("DXY +1.00% in a day (limit 0.35%); FOMC calendar unavailable: REGIME_FOMC_URL answer is not JSON", both.Reason);
    }
}
