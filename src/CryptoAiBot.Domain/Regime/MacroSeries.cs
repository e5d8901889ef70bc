namespace CryptoAiBot.Domain.Regime;

/// <summary>
/// What the regime filter knows of one indicator: whether it is watched at all (a source is configured and its
/// limit is not 0), the observations last read (oldest first), and why there are none when a read failed.
/// </summary>
public sealed record MacroSeries(MacroIndicator Indicator, bool Watched, IReadOnlyList<MacroObservation> Observations, string Problem)
{
    public static MacroSeries Unwatched(MacroIndicator indicator) => new(indicator, false, [], "");

    public string Name => Indicator == MacroIndicator.Dxy ? "DXY" : "BTC dominance";
}
