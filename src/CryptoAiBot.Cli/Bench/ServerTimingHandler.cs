using System.Globalization;

namespace CryptoAiBot.Cli.Bench;

/// <summary>The last handler before the wire: reads Gate's gateway headers (<c>X-In-Time</c>, <c>X-Out-Time</c>, µs) off every answer.</summary>
internal sealed class ServerTimingHandler(ServerTimings timings) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var server = Microseconds(response, "X-In-Time") is { } inAt && Microseconds(response, "X-Out-Time") is { } outAt ? outAt - inAt : -1;
        timings.Record(server, (int)response.StatusCode);
        return response;
    }

    private static long? Microseconds(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
