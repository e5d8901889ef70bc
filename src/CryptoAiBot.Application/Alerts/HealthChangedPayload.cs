namespace CryptoAiBot.Application.Alerts;

/// <summary>The body of <c>health.changed</c>: the overall status now and before, and every component not ok with its detail.</summary>
public sealed record HealthChangedPayload(string Status, string PreviousStatus, IReadOnlyDictionary<string, string> Problems);
