namespace CryptoAiBot.Cli.Health;

/// <summary>One look at a bot: the exit code it maps to, the overall status, readiness and every component.</summary>
internal sealed record HealthCheck(
    int ExitCode,
    string Status,
    bool? Ready,
    IReadOnlyList<HealthComponent> Components,
    string? Problem,
    DateTimeOffset CheckedAt);
