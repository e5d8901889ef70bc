namespace CryptoAiBot.Application.Alerts;

/// <summary>One alert of an Alertmanager notification: <c>firing</c> or <c>resolved</c>, with its labels and annotations.</summary>
public sealed record AlertmanagerAlert(
    string Status,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt = null,
    string? Fingerprint = null,
    string? GeneratorUrl = null);
