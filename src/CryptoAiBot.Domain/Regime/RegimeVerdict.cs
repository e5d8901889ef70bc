namespace CryptoAiBot.Domain.Regime;

/// <summary>
/// The regime at one moment, with every reason that made it so (empty when risk-on), the daily changes it measured
/// (null when the indicator is unwatched or has too little data) and the nearest FOMC decision ahead.
/// </summary>
public sealed record RegimeVerdict(
    RegimeState State, IReadOnlyList<string> Reasons, decimal? DxyChangePct, decimal? BtcDomChangePct, DateTimeOffset? NextFomc)
{
    public static RegimeVerdict RiskOn { get; } = new(RegimeState.RiskOn, [], null, null, null);

    public bool IsRiskOn => State == RegimeState.RiskOn;

    /// <summary>The reasons in one line, e.g. <c>DXY +0.52% in a day (limit 0.35%)</c>.</summary>
    public string Reason => IsRiskOn ? "risk-on" : string.Join("; ", Reasons);
}
