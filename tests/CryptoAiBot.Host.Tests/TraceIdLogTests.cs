using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;

namespace CryptoAiBot.Host.Tests;

/// <summary>
/// One trace id per loop pass joins every log line the pass causes, from the decision through order execution and the
/// Gate.io requests to the published events, shown on a live run against the simulator.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class TraceIdLogTests
{
    [Fact]
    public async Task An_operator_orders_decision_sending_gate_requests_and_published_events_share_one_trace_id_and_eval_cycles_tag_their_gate_reads()
    {
        var run = await LiveLogRun.RunAsync();
        var lines = run.LogLines;

        Assert.Equal(200, run.OrderStatus);
        var sending = Assert.Single(lines, l => EventId(l) == 2002);
        var traceId = Text(sending, "trace_id");
        Assert.Matches("^[0-9a-f]{16}$", traceId);
        Assert.Equal("operator", Text(sending, "loop"));
        var traced = lines.Where(l => Text(l, "trace_id") == traceId).ToList();
        Assert.Contains(traced, l => EventId(l) == 1003);
        Assert.Contains(traced, l => EventId(l) == 3519 && Text(l, "method") == "POST" && Text(l, "path").EndsWith("/spot/orders", StringComparison.Ordinal));
        Assert.Contains(traced, l => EventId(l) == 2003);
        var published = traced.Where(l => EventId(l) == 3002).Select(l => Text(l, "topic")).ToList();
        Assert.True(published.Count > 0, "no event of the order's trace was published:\n" + string.Join('\n', traced));

        // Each eval pass has its own id, on its decision and on the Gate reads it made, and on nothing of another pass.
        var evalDecisions = lines.Where(l => EventId(l) is 1003 or 1008 && Text(l, "loop") == "eval").ToList();
        Assert.True(evalDecisions.Count >= 3, $"{evalDecisions.Count} eval decisions logged");
        var evalIds = evalDecisions.Select(l => Text(l, "trace_id")).ToList();
        Assert.Equal(evalIds.Count, evalIds.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(traceId, evalIds);
        Assert.Contains(evalIds, id => lines.Any(l => EventId(l) == 3519 && Text(l, "trace_id") == id));

        // Every line names each property once (a log shipper keeps only one of duplicate keys).
        Assert.All(run.StandardOutput.Where(l => l.Length > 0), line =>
        {
            using var document = JsonDocument.Parse(line);
            var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        });
    }

    private static int EventId(JsonElement line) => line.TryGetProperty("event_id", out var id) ? id.GetInt32() : 0;

    private static string Text(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
