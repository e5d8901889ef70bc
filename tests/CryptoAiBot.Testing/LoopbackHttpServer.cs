using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Testing;

/// <summary>
/// A real Kestrel server on <c>127.0.0.1</c> (a free port) that answers each path with the status and body a test
/// set for it (404 otherwise) and counts the requests per path: a stand-in for a third-party HTTP source.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

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
        var (status, body) = _answers.TryGetValue(path, out var answer) ? answer : (StatusCodes.Status404NotFound, """{"error":"not found"}""");
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
