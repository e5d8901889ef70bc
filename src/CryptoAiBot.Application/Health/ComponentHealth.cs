using System.Text.Json.Serialization;

namespace CryptoAiBot.Application.Health;

/// <summary>One component's health: status <c>ok</c>, <c>degraded</c> or <c>down</c>, with detail.</summary>
public sealed record ComponentHealth(string Status, string Detail, double? LatencyMs = null)
{
    public const string Ok = "ok";
    public const string Degraded = "degraded";
    public const string Down = "down";

    [JsonIgnore]
    public bool IsOk => Status == Ok;
}
