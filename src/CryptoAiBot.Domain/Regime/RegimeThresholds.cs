namespace CryptoAiBot.Domain.Regime;

/// <summary>
/// When the market counts as risk-off: the dollar index rose more than <see cref="DxyLimitPct"/> percent in a
/// day, BTC dominance rose more than <see cref="BtcDomLimitPct"/> percent in a day, or an FOMC decision is at
/// most <see cref="FomcBlock"/> away (before or after). A series whose newest value is older than
/// <see cref="MaxDataAge"/> is stale: the regime is then unknown rather than judged on old data.
/// </summary>
public sealed record RegimeThresholds(decimal DxyLimitPct, decimal BtcDomLimitPct, TimeSpan FomcBlock, TimeSpan MaxDataAge)
{
    public static RegimeThresholds Default { get; } = new(0.35m, 0.60m, TimeSpan.FromHours(8), TimeSpan.FromHours(96));

    public decimal LimitPct(MacroIndicator indicator) => indicator == MacroIndicator.Dxy ? DxyLimitPct : BtcDomLimitPct;
}
