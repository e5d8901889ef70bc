namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// The body of <c>alerts.alertmanager</c>: one notification of Alertmanager's webhook (payload version 4), validated
/// at the HTTP edge, with the fields the operator's message needs.
/// </summary>
public sealed record AlertmanagerNotice(
    string Status,
    string Receiver,
    string GroupKey,
    IReadOnlyList<AlertmanagerAlert> Alerts,
    string? ExternalUrl = null);
