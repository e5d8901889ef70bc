using System.Net.Http.Headers;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Turns a <see cref="GateRequest"/> into the HTTP message: URL = base + path + the request's query text, body = its
/// bytes, and for private requests the <c>KEY</c>/<c>Timestamp</c>/<c>SIGN</c> headers over exactly those.
/// </summary>
internal sealed class GateWire
{
    private readonly GateCredentials? _credentials;
    private readonly GateServerClock _clock;
    private readonly string _urlPrefix;
    private readonly string _signedPrefix;

    public GateWire(Uri baseUrl, GateCredentials? credentials, GateServerClock clock)
    {
        var normalized = GateClientOptions.NormalizeBaseUrl(baseUrl);
        _urlPrefix = normalized.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _signedPrefix = normalized.AbsolutePath.TrimEnd('/');
        _credentials = credentials;
        _clock = clock;
    }

    public bool HasCredentials => _credentials is not null;

    public HttpRequestMessage Build(GateRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(_urlPrefix + request.PathAndQuery));
        message.Headers.Accept.ParseAdd("application/json");
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (request.IsPrivate && _credentials is { } credentials)
        {
            // Signed per attempt: a retry carries a fresh timestamp over the same query and body bytes.
            var timestamp = _clock.Timestamp();
            message.Headers.TryAddWithoutValidation("KEY", credentials.ApiKey);
            message.Headers.TryAddWithoutValidation("Timestamp", timestamp);
            message.Headers.TryAddWithoutValidation(
                "SIGN",
                GateSigner.Sign(credentials, request.Method.Method, _signedPrefix + request.Path, request.Query, request.Body ?? [], timestamp));
        }

        return message;
    }
}
