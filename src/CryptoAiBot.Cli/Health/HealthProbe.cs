using System.Net.Http.Json;
using System.Text.Json;

namespace CryptoAiBot.Cli.Health;

/// <summary>
/// Asks a running bot for <c>/health</c> and <c>/ready</c> and maps the answers to an exit code. Both are read because
/// they differ: <c>/health</c> grades components, <c>/ready</c> also says whether the bot has started trading.
/// </summary>
internal sealed class HealthProbe(HttpClient client, TimeProvider time)
{
    public async Task<HealthCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var checkedAt = time.GetUtcNow();
        try
        {
            // /health answers 503 with the same JSON body when a component is down, so the status code is not an error here.
            using var health = await client.GetAsync(new Uri("health", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            var body = await health.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            using var ready = await client.GetAsync(new Uri("ready", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            var isReady = ready.IsSuccessStatusCode;
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("status", out var statusElement)
                || statusElement.ValueKind != JsonValueKind.String || !body.TryGetProperty("components", out var components)
                || components.ValueKind != JsonValueKind.Object)
            {
                return Unknown($"{client.BaseAddress}health did not answer the bot's health JSON (HTTP {(int)health.StatusCode})", checkedAt);
            }

            var status = statusElement.GetString() ?? "";
            var list = components.EnumerateObject().Select(Component).ToList();
            var code = status switch
            {
                "ok" => HealthExitCodes.Healthy,
                "degraded" => HealthExitCodes.Degraded,
                "down" => HealthExitCodes.Down,
                _ => HealthExitCodes.Unknown,
            };
            if (!isReady)
            {
                code = HealthExitCodes.Worst(code, HealthExitCodes.Down);
            }

            return new HealthCheck(code, status, isReady, list, null, checkedAt);
        }
        catch (HttpRequestException ex)
        {
            return Unknown($"{client.BaseAddress} unreachable: {ex.Message}", checkedAt);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unknown($"{client.BaseAddress} did not answer within {client.Timeout.TotalSeconds:0.#} s", checkedAt);
        }
        catch (JsonException ex)
        {
            return Unknown($"{client.BaseAddress}health answered something that is not JSON: {ex.Message}", checkedAt);
        }
    }

    private static HealthCheck Unknown(string problem, DateTimeOffset checkedAt) =>
        new(HealthExitCodes.Unknown, "unreachable", null, [], problem, checkedAt);

    private static HealthComponent Component(JsonProperty property)
    {
        var value = property.Value;
        string Text(string name) => value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String
            ? e.GetString() ?? ""
            : "";
        double? latency = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("latency_ms", out var l) && l.ValueKind == JsonValueKind.Number
            ? l.GetDouble()
            : null;
        return new HealthComponent(property.Name, Text("status"), Text("detail"), latency);
    }
}
