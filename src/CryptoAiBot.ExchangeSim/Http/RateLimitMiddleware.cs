using System.Globalization;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>
/// Gate's limits per endpoint class (facts §6): public per endpoint and IP, placement per account and pair,
/// cancellation per account, other private endpoints per endpoint and account. Every response carries
/// <c>X-Gate-RateLimit-Requests-Remain</c>, <c>-Limit</c> and <c>-Reset-Timestamp</c> (unix seconds: the window's
/// end once exceeded, otherwise now); over the limit → 429 TOO_MANY_REQUESTS.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, SimExchange exchange)
{
    private readonly FixedWindowCounter _counter = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<GateRoute>() is not { } route)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var options = exchange.Options;
        var apiKey = context.Request.Headers["KEY"].ToString();
        var name = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        var (limit, key) = route.RateClass switch
        {
            RateClass.Public => (options.PublicRateLimit, $"public|{name}|{context.Connection.RemoteIpAddress}"),
            RateClass.Placement => (options.PlacementRateLimit, $"place|{apiKey}|{await PairOfAsync(context).ConfigureAwait(false)}"),
            RateClass.Cancellation => (options.CancellationRateLimit, $"cancel|{apiKey}"),
            _ => (options.PrivateRateLimit, $"private|{context.Request.Method} {name}|{apiKey}"),
        };
        var now = exchange.Now;
        var (allowed, remaining, resetAt) = _counter.Hit(key, limit, now);
        var headers = context.Response.Headers;
        headers["X-Gate-RateLimit-Requests-Remain"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-Gate-RateLimit-Limit"] = limit.Requests.ToString(CultureInfo.InvariantCulture);
        headers["X-Gate-RateLimit-Reset-Timestamp"] = GateJson.Seconds(allowed ? now : resetAt);
        if (!allowed)
        {
            await GateJson.Error(new GateError(429, "TOO_MANY_REQUESTS", "Request Rate limit Exceeded")).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static async Task<string> PairOfAsync(HttpContext context)
    {
        var body = await RequestBody.ObjectAsync(context).ConfigureAwait(false);
        return (body.Failed ? null : body.Value.Text("currency_pair")) ?? context.Request.Query["currency_pair"].ToString();
    }
}
