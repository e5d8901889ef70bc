using CryptoAiBot.Domain.Regime;

namespace CryptoAiBot.Application.Regime;

/// <summary>
/// The regime filter as configured (<c>REGIME_*</c>): on or off, which indicators are watched (a source is set
/// and its limit is not 0), the thresholds, what risk-off does to a buy — <see cref="BlockBuy"/> holds it back,
/// otherwise its size is multiplied by <see cref="SizeMultiplierRiskOff"/> — and how often the sources are read.
/// </summary>
public sealed record RegimePolicy(
    bool Enabled,
    bool WatchDxy,
    bool WatchBtcDominance,
    bool WatchFomc,
    RegimeThresholds Thresholds,
    bool BlockBuy,
    decimal SizeMultiplierRiskOff,
    TimeSpan Refresh)
{
    public static RegimePolicy Off { get; } = new(false, false, false, false, RegimeThresholds.Default, true, 0.5m, TimeSpan.FromMinutes(5));

    /// <summary>The filter in words, for reports and status.</summary>
    public string Describe()
    {
        if (!Enabled)
        {
            return "off";
        }

        var watched = new List<string>();
        if (WatchDxy)
        {
            watched.Add(FormattableString.Invariant($"DXY > +{Thresholds.DxyLimitPct}%/day"));
        }

        if (WatchBtcDominance)
        {
            watched.Add(FormattableString.Invariant($"BTC dominance > +{Thresholds.BtcDomLimitPct}%/day"));
        }

        if (WatchFomc)
        {
            watched.Add(FormattableString.Invariant($"FOMC ±{Thresholds.FomcBlock.TotalHours:0.##}h"));
        }

        var action = BlockBuy ? "blocks buys" : FormattableString.Invariant($"scales buys x{SizeMultiplierRiskOff}");
        return $"{string.Join(", ", watched)}; risk-off {action}";
    }
}
