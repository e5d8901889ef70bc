using CryptoAiBot.Domain.Regime;

namespace CryptoAiBot.Application.Regime;

/// <summary>
/// What the regime filter says about a buy now: go ahead (<see cref="SizeMultiplier"/> 1), go ahead smaller, or
/// hold back (<see cref="HoldsBack"/>), with the verdict behind it.
/// </summary>
public sealed record RegimeCheck(RegimeVerdict Verdict, bool HoldsBack, decimal SizeMultiplier)
{
    public static RegimeCheck Open { get; } = new(RegimeVerdict.RiskOn, false, 1m);

    public string Reason => $"{(Verdict.State == RegimeState.Unknown ? "regime unknown" : "risk-off regime")}: {Verdict.Reason}";
}
