using System.Globalization;

namespace CryptoAiBot.Domain.Regime;

/// <summary>
/// Judges the macro regime from what is known of the watched indicators at <c>now</c>: a pure function, so the
/// same inputs give the same verdict in a test, a backtest and live.
/// <list type="bullet">
/// <item>A series' daily change compares its newest value at or before <c>now</c> with the newest one at least a
/// day older (the previous trading day of a daily series, 24 hours back of an intraday one). Only rises count:
/// a dollar or a BTC share rising faster than its limit is risk-off.</item>
/// <item>An FOMC decision at most <see cref="RegimeThresholds.FomcBlock"/> before or after <c>now</c> is risk-off.</item>
/// <item>A watched indicator without usable data — never read, read failed, no value a day back, or its newest value
/// older than <see cref="RegimeThresholds.MaxDataAge"/> — makes the regime unknown, never silently risk-on.</item>
/// </list>
/// A definite risk-off reason outranks an unknown one; every reason is listed.
/// </summary>
public static class RegimeDetector
{
    public static RegimeVerdict Evaluate(MacroSeries dxy, MacroSeries btcDominance, FomcCalendar fomc, RegimeThresholds thresholds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dxy);
        ArgumentNullException.ThrowIfNull(btcDominance);
        ArgumentNullException.ThrowIfNull(fomc);
        ArgumentNullException.ThrowIfNull(thresholds);
        var riskOff = new List<string>();
        var unknown = new List<string>();
        var dxyChange = Judge(dxy, thresholds, now, riskOff, unknown);
        var domChange = Judge(btcDominance, thresholds, now, riskOff, unknown);
        var next = JudgeFomc(fomc, thresholds.FomcBlock, now, riskOff, unknown);
        var state = riskOff.Count > 0 ? RegimeState.RiskOff : unknown.Count > 0 ? RegimeState.Unknown : RegimeState.RiskOn;
        return state == RegimeState.RiskOn && dxyChange is null && domChange is null && next is null
            ? RegimeVerdict.RiskOn
            : new RegimeVerdict(state, [.. riskOff, .. unknown], dxyChange, domChange, next);
    }

    /// <summary>The series' daily change in percent, or null (with the reason in <paramref name="unknown"/>) when it cannot be measured.</summary>
    private static decimal? Judge(MacroSeries series, RegimeThresholds thresholds, DateTimeOffset now, List<string> riskOff, List<string> unknown)
    {
        if (!series.Watched)
        {
            return null;
        }

        if (Latest(series.Observations, now) is not { } latest)
        {
            unknown.Add(series.Problem.Length > 0 ? $"{series.Name} unavailable: {series.Problem}" : $"{series.Name} has no value yet");
            return null;
        }

        if (now - latest.Time > thresholds.MaxDataAge)
        {
            unknown.Add(Text($"{series.Name} is stale: newest value from {latest.Time.UtcDateTime:yyyy-MM-dd HH:mm} UTC (max age {thresholds.MaxDataAge.TotalHours:0.##}h)"));
            return null;
        }

        if (Latest(series.Observations, latest.Time - TimeSpan.FromDays(1)) is not { Value: > 0m } dayBefore)
        {
            unknown.Add($"{series.Name} has no value a day before its newest one");
            return null;
        }

        var change = (latest.Value - dayBefore.Value) / dayBefore.Value * 100m;
        var limit = thresholds.LimitPct(series.Indicator);
        if (change > limit)
        {
            riskOff.Add(Text($"{series.Name} {change:+0.00;-0.00}% in a day (limit {limit}%)"));
        }

        return change;
    }

    private static DateTimeOffset? JudgeFomc(FomcCalendar fomc, TimeSpan block, DateTimeOffset now, List<string> riskOff, List<string> unknown)
    {
        if (!fomc.Watched)
        {
            return null;
        }

        if (!fomc.Loaded)
        {
            unknown.Add(fomc.Problem.Length > 0 ? $"FOMC calendar unavailable: {fomc.Problem}" : "FOMC calendar not read yet");
            return null;
        }

        DateTimeOffset? next = null;
        DateTimeOffset? near = null;
        foreach (var decision in fomc.Decisions)
        {
            if (decision >= now && (next is null || decision < next))
            {
                next = decision;
            }

            if ((decision - now).Duration() <= block && (near is null || (decision - now).Duration() < (near.Value - now).Duration()))
            {
                near = decision;
            }
        }

        if (near is { } at)
        {
            var hours = (at - now).Duration().TotalHours;
            var relative = at >= now ? Text($"in {hours:0.#}h") : Text($"{hours:0.#}h ago");
            riskOff.Add(Text($"FOMC decision at {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({relative}; blocked within {block.TotalHours:0.##}h)"));
        }

        return next;
    }

    /// <summary>The newest observation at or before <paramref name="at"/>, whatever order the list is in.</summary>
    private static MacroObservation? Latest(IReadOnlyList<MacroObservation> observations, DateTimeOffset at)
    {
        MacroObservation? latest = null;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (o.Time <= at && (latest is null || o.Time > latest.Value.Time))
            {
                latest = o;
            }
        }

        return latest;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
