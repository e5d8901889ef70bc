namespace CryptoAiBot.Application.Regime;

/// <summary>
/// The regime filter for <c>/orchestrator/status</c>: whether it is on and what it watches, the state and its
/// reasons as of the last check, the measured daily changes, the next FOMC decision and when the sources were
/// last read.
/// </summary>
public sealed record RegimeStatus(
    bool Enabled,
    string Policy,
    string State,
    IReadOnlyList<string> Reasons,
    decimal? DxyChangePct,
    decimal? BtcDomChangePct,
    DateTimeOffset? NextFomc,
    DateTimeOffset? CheckedAt,
    DateTimeOffset? SourcesReadAt);
