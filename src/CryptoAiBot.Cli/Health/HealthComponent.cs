namespace CryptoAiBot.Cli.Health;

/// <summary>One component as <c>/health</c> reported it.</summary>
internal sealed record HealthComponent(string Name, string Status, string Detail, double? LatencyMs);
