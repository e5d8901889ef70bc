using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// The logging scope of one loop pass: <c>TraceId</c> and <c>Loop</c>. Scopes flow with the async context, so every
/// logger of the same factory (execution, the Gate client, the event bus) writes them without being handed the id.
/// </summary>
internal static class TraceScope
{
    public const string TraceIdKey = "TraceId";
    public const string LoopKey = "Loop";

    public static IDisposable? Begin(ILogger logger, string traceId, string loop) =>
        logger.BeginScope(new KeyValuePair<string, object?>[] { new(TraceIdKey, traceId), new(LoopKey, loop) });
}
