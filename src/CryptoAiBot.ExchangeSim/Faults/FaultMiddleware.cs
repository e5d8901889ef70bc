using CryptoAiBot.ExchangeSim.Http;
using CryptoAiBot.ExchangeSim.Trading;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.ExchangeSim.Faults;

/// <summary>
/// Applies the fault plan to Gate API requests. Before handling: latency, then an injected error (5xx as
/// SERVER_ERROR, 429 as TOO_MANY_REQUESTS). After handling — the request really took effect — the buffered
/// response is held (past the client's timeout), dropped (connection aborted) or broken (malformed body).
/// Delays are wall-clock: they model the network, which the client times with its own clock.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, ILogger<FaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        // Rules name paths as Gate's docs do, relative to /api/v4.
        var path = context.Request.Path.Value ?? "";
        path = path.StartsWith(GateSimulator.ApiPrefix, StringComparison.Ordinal) ? path[GateSimulator.ApiPrefix.Length..] : path;
        if (Draw(SimFaultKind.Latency, method, path) is { } latency)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(latency.DelayMs), context.RequestAborted).ConfigureAwait(false);
        }

        if (Draw(SimFaultKind.Error, method, path) is { } error)
        {
            var status = error.Status ?? StatusCodes.Status503ServiceUnavailable;
            var body = status == StatusCodes.Status429TooManyRequests
                ? new GateError(status, "TOO_MANY_REQUESTS", "Request Rate limit Exceeded")
                : new GateError(status, "SERVER_ERROR", "Internal server error, please retry later");
            await GateJson.Error(body).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var after = Draw(SimFaultKind.DelayAfterProcess, method, path)
            ?? Draw(SimFaultKind.DropAfterProcess, method, path)
            ?? Draw(SimFaultKind.Malformed, method, path);
        if (after is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            response.Body = original;
        }

        var bytes = buffer.ToArray();
        switch (after.Kind)
        {
            case SimFaultKind.DropAfterProcess:
                context.Abort();
                return;
            case SimFaultKind.DelayAfterProcess:
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(after.DelayMs), context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up waiting, which is the point of this fault.
                    return;
                }

                break;
            default:
                (bytes, response.ContentType) = MalformedBodies.Break(bytes, after.Body);
                response.StatusCode = after.Status ?? response.StatusCode;
                break;
        }

        response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private SimFaultRule? Draw(SimFaultKind kind, string method, string path)
    {
        var rule = faults.Draw(kind, method, path);
        if (rule is not null)
        {
            SimLog.FaultInjected(logger, kind.ToString(), method, path);
        }

        return rule;
    }
}
