using System.Globalization;
using CryptoAiBot.ExchangeSim.Http;
using CryptoAiBot.ExchangeSim.Trading;
using Microsoft.AspNetCore.Http.Features;

namespace CryptoAiBot.ExchangeSim.Auth;

/// <summary>
/// Verifies <c>KEY</c>, <c>Timestamp</c> and <c>SIGN</c> on signed endpoints, in Gate's order and words: a missing
/// header, then an unknown key, then a timestamp more than 60 s from the server clock, then the signature. The
/// path and query are taken from the raw request target so they are exactly the bytes the client signed.
/// </summary>
internal sealed class GateAuthMiddleware(RequestDelegate next, SimExchange exchange)
{
    private static readonly TimeSpan MaxClockGap = TimeSpan.FromSeconds(60);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GateRoute>() is not { Signed: true })
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var body = await RequestBody.ReadAsync(context).ConfigureAwait(false);
        var error = Verify(context, body, out var account);
        if (error is not null || account is null)
        {
            await GateJson.Error(error ?? new GateError(401, "INVALID_KEY", "Invalid key")).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        GateCaller.Set(context, account);
        await next(context).ConfigureAwait(false);
    }

    private GateError? Verify(HttpContext context, byte[] body, out SimAccount? account)
    {
        account = null;
        var headers = context.Request.Headers;
        foreach (var name in new[] { "KEY", "Timestamp", "SIGN" })
        {
            if (string.IsNullOrEmpty(headers[name]))
            {
                return new GateError(401, "MISSING_REQUIRED_HEADER", $"Missing required header: {name}");
            }
        }

        account = exchange.Run(() => exchange.Account(headers["KEY"].ToString()));
        if (account is null)
        {
            return new GateError(401, "INVALID_KEY", "Invalid key provided");
        }

        var timestamp = headers["Timestamp"].ToString();
        if (!decimal.TryParse(timestamp, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(seconds - (exchange.Now.ToUnixTimeMilliseconds() / 1000m)) > (decimal)MaxClockGap.TotalSeconds)
        {
            return new GateError(401, "REQUEST_EXPIRED", "gap between request Timestamp and server time exceeds 60");
        }

        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? target : target[..queryStart];
        var query = queryStart < 0 ? "" : target[(queryStart + 1)..];
        var expected = GateSignature.Sign(account.Options.Secret, context.Request.Method, path, query, body, timestamp);
        return GateSignature.Matches(expected, headers["SIGN"].ToString())
            ? null
            : new GateError(401, "INVALID_SIGNATURE", "Signature mismatch");
    }
}
