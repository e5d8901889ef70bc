using System.Globalization;
using System.Text;
using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.ExchangeSim.Tests.Support;

/// <summary>A signed Gate v4 client for tests: paths are relative to <c>/api/v4</c>, timestamps come from the simulator's clock.</summary>
public sealed class GateTestClient(GateSimulator simulator, string key, string secret, TimeProvider time, TimeSpan? timeout = null) : IDisposable
{
    private readonly HttpClient _http = BotHttp.CreateClient(simulator.RootUrl, timeout);

    public HttpClient Http => _http;

    public Task<GateResponse> GetAsync(string pathAndQuery) => SendAsync(HttpMethod.Get, pathAndQuery, null);

    public Task<GateResponse> DeleteAsync(string pathAndQuery) => SendAsync(HttpMethod.Delete, pathAndQuery, null);

    public Task<GateResponse> PostAsync(string path, object body) =>
        SendAsync(HttpMethod.Post, path, body as string ?? JsonSerializer.Serialize(body));

    /// <summary>An unsigned request (public endpoints).</summary>
    public async Task<GateResponse> GetPublicAsync(string pathAndQuery)
    {
        using var response = await _http.GetAsync(new Uri("api/v4" + pathAndQuery, UriKind.Relative)).ConfigureAwait(false);
        return new GateResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false), response.Headers);
    }

    /// <summary>Signs and sends; <paramref name="tamper"/> may change the request after signing.</summary>
    public async Task<GateResponse> SendAsync(HttpMethod method, string pathAndQuery, string? body, Action<HttpRequestMessage>? tamper = null, string? timestamp = null)
    {
        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = "/api/v4" + (queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart]);
        var query = queryStart < 0 ? "" : pathAndQuery[(queryStart + 1)..];
        var ts = timestamp ?? time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(method, new Uri("api/v4" + pathAndQuery, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("KEY", key);
        request.Headers.TryAddWithoutValidation("Timestamp", ts);
        request.Headers.TryAddWithoutValidation("SIGN", TestSigner.Sign(secret, method.Method, path, query, body ?? "", ts));
        tamper?.Invoke(request);
        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        return new GateResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false), response.Headers);
    }

    public void Dispose() => _http.Dispose();
}
