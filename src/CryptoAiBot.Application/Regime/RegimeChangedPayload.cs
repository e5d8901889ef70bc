namespace CryptoAiBot.Application.Regime;

/// <summary>The JSON body of <c>regime.changed</c>: the new state (<c>risk_on</c>, <c>risk_off</c>, <c>unknown</c>), the one before and why.</summary>
public sealed record RegimeChangedPayload(
    string State, string Previous, IReadOnlyList<string> Reasons, decimal? DxyChangePct, decimal? BtcDomChangePct, DateTimeOffset? NextFomc);
