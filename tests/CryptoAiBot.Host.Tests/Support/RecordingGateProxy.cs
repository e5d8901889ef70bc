using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Host.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 that forwards every request to the Gate simulator unchanged and keeps the
/// <c>SIGN</c> header of each: the signatures the bot computed, so a test can look for them in the bot's logs.
/// </summary>
internal sealed class RecordingGateProxy : IAsyncDisposable
{
    private static readonly string[] ForwardedRequestHeaders = ["KEY", "SIGN", "Timestamp", "Accept", "X-Gate-Channel-Id"];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Method, string Path, string Signature)> _signed = new();

    private RecordingGateProxy(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public IReadOnlyList<(string Method, string Path, string Signature)> Signed => [.. _signed];

    public static async Task<RecordingGateProxy> StartAsync(Uri target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddHttpClient("gate", c => c.BaseAddress = target);
        var app = builder.Build();
        RecordingGateProxy? proxy = null;
        app.Run(context => proxy!.ForwardAsync(context));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        proxy = new RecordingGateProxy(app, new Uri(app.Urls.First(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)) + "/"));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        var pathAndQuery = request.Path.Value + request.QueryString.Value;
        if (request.Headers.TryGetValue("SIGN", out var sign))
        {
            _signed.Enqueue((request.Method, request.Path.Value ?? "", sign.ToString()));
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), pathAndQuery.TrimStart('/'));
        if (body.Length > 0 || request.ContentType is not null)
        {
            forward.Content = new ByteArrayContent(body.ToArray());
            if (request.ContentType is { } contentType)
            {
                forward.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var name in ForwardedRequestHeaders)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                forward.Headers.TryAddWithoutValidation(name, value.ToString());
            }
        }

        var client = context.RequestServices.GetRequiredService<IHttpClientFactory>().CreateClient("gate");
        using var answer = await client.SendAsync(forward, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(await answer.Content.ReadAsByteArrayAsync(context.RequestAborted), context.RequestAborted);
    }
}
