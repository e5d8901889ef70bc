using System.Globalization;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate's gateway headers on every API response: <c>X-In-Time</c>/<c>X-Out-Time</c> (µs) and the echoed <c>X-Client-Request-Id</c>.</summary>
internal sealed class GatewayTimeMiddleware(RequestDelegate next, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers["X-In-Time"] = Microseconds(time.GetUtcNow());
        if (context.Request.Headers.TryGetValue("X-Client-Request-Id", out var requestId))
        {
            headers["X-Client-Request-Id"] = requestId;
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers["X-Out-Time"] = Microseconds(time.GetUtcNow());
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string Microseconds(DateTimeOffset at) =>
        ((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture);
}
