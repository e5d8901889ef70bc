namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// The trace id and loop of the pass running on this async flow, for log output. A logging scope alone is not enough:
/// scopes live in one <c>ILoggerFactory</c>, and the broker and storage are built by the runtime's own factory before
/// the host's exists, so their lines would lose the id. The console formatter reads this wherever a line comes from.
/// </summary>
public static class TraceContext
{
    /// <summary>The property names the trace id and the loop are logged under (<c>trace_id</c>, <c>loop</c> in JSON).</summary>
    public const string TraceIdKey = "TraceId";

    public const string LoopKey = "Loop";

    private static readonly AsyncLocal<(string TraceId, string Loop)?> Current = new();

    /// <summary>The pass running on this async flow, or null outside one.</summary>
    public static (string TraceId, string Loop)? Pass => Current.Value;

    /// <summary>Marks the rest of this async flow as the pass <paramref name="traceId"/> until disposed.</summary>
    public static IDisposable Begin(string traceId, string loop)
    {
        var previous = Current.Value;
        Current.Value = (traceId, loop);
        return new Restore(previous);
    }

    private sealed class Restore((string TraceId, string Loop)? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
