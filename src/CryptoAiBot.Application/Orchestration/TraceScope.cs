using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// The logging scope of one loop pass: <c>TraceId</c> and <c>Loop</c>. Scopes flow with the async context, so every
/// logger of the same factory writes them without being handed the id; <see cref="TraceContext"/> carries the same
/// values to lines of other factories (the runtime's broker and storage).
/// </summary>
internal static class TraceScope
{
    public static IDisposable Begin(ILogger logger, string traceId, string loop) =>
        new Both(TraceContext.Begin(traceId, loop), logger.BeginScope(new KeyValuePair<string, object?>[] { new(TraceContext.TraceIdKey, traceId), new(TraceContext.LoopKey, loop) }));

    private sealed class Both(IDisposable context, IDisposable? scope) : IDisposable
    {
        public void Dispose()
        {
            scope?.Dispose();
            context.Dispose();
        }
    }
}
