using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Testing;

/// <summary>
/// A real Kestrel server on <c>127.0.0.1</c> (a free port) that answers each path with the status and body a test
/// set for it (404 otherwise) and counts the requests per path: a stand-in for a third-party HTTP source. A path can
/// instead be given a handler that sees the request (method, raw query, headers, body bytes) and decides the answer,
/// headers included; every request is recorded as received.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<Request, CancellationToken, Task<Reply>>> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Request> _requests = new();

    private LoopbackHttpServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<LoopbackHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackHttpServer? server = null;
        app.Run(context => server!.AnswerAsync(context));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token).ConfigureAwait(false);
        var address = app.Urls.First(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        server = new LoopbackHttpServer(app, new Uri(address));
        return server;
    }

    /// <summary>The absolute URL of <paramref name="path"/> (starting with <c>/</c>).</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>From now on <paramref name="path"/> answers <paramref name="status"/> with <paramref name="body"/> as JSON.</summary>
    public void Answer(string path, string body, int status = StatusCodes.Status200OK) => _answers[path] = (status, body);

    /// <summary>From now on <paramref name="path"/> answers <paramref name="status"/> with <paramref name="body"/> and <paramref name="headers"/>.</summary>
    public void Answer(string path, string body, int status, IReadOnlyDictionary<string, string> headers) =>
        Handle(path, _ => new Reply(status, body, headers));

    /// <summary>From now on <paramref name="handler"/> decides every answer on <paramref name="path"/>.</summary>
    public void Handle(string path, Func<Request, CancellationToken, Task<Reply>> handler)
    {
        _answers.TryRemove(path, out _);
        _handlers[path] = handler;
    }

    public void Handle(string path, Func<Request, Reply> handler) => Handle(path, (request, _) => Task.FromResult(handler(request)));

    /// <summary>The requests received so far (on <paramref name="path"/> only, when given), oldest first.</summary>
    public IReadOnlyList<Request> Requests(string? path = null) =>
        [.. _requests.Where(r => path is null || string.Equals(r.Path, path, StringComparison.Ordinal))];

    /// <summary>How many requests <paramref name="path"/> has had.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, static (_, n) => n + 1);
        var request = await RecordAsync(context, path).ConfigureAwait(false);
        if (_handlers.TryGetValue(path, out var handler))
        {
            Reply reply;
            try
            {
                reply = await handler(request, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync(reply.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var (status, body) = _answers.TryGetValue(path, out var answer) ? answer : (StatusCodes.Status404NotFound, """{"error":"not found"}""");
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<Request> RecordAsync(HttpContext context, string path)
    {
        // The raw target is the query exactly as the client sent it, before any decoding.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        var question = target.IndexOf('?', StringComparison.Ordinal);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var request = new Request(
            context.Request.Method,
            path,
            question < 0 ? "" : target[(question + 1)..],
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray(),
            TimeProvider.System.GetUtcNow());
        _requests.Enqueue(request);
        return request;
    }

    /// <summary>A request as received: method, path, raw query (no <c>?</c>), headers, body bytes, arrival time.</summary>
    public sealed record Request(
        string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset ReceivedAt);

    /// <summary>An answer: status, JSON body, extra headers.</summary>
    public sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
}
