namespace CryptoAiBot.Application.Health;

/// <summary>Health of every component; the bot is ready when none is down.</summary>
public sealed record HealthReport(
    string Status,
    DateTimeOffset CheckedAt,
    string Mode,
    IReadOnlyDictionary<string, ComponentHealth> Components)
{
    public bool IsReady => Components.Values.All(c => c.Status != ComponentHealth.Down);
}
