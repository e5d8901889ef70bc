using CryptoAiBot.Infrastructure.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryptoAiBot.Testing;

/// <summary>
/// A bot web application running in this process on real Kestrel (bound to <c>127.0.0.1:0</c>), with a
/// client for its actual address. Disposing stops the host gracefully (trading stops, the instance lock
/// is released), disposes it and closes the database, so a new host may open the same file.
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);
    private readonly IHost _app;
    private bool _stopped;
    private bool _disposed;

    private BotServer(IHost app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = BotHttp.CreateClient(baseAddress);
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts <paramref name="app"/> and finds its loopback address among <paramref name="addresses"/>
    /// (e.g. <c>() =&gt; app.Urls</c>), read after the start when the port is known.
    /// </summary>
    public static async Task<BotServer> StartAsync(IHost app, Func<IEnumerable<string>> addresses)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(addresses);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await app.StartAsync(timeout.Token).ConfigureAwait(false);
            var address = addresses().FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
                ?? throw new InvalidOperationException("The host listens on no loopback address: " + string.Join(", ", addresses()));
            return new BotServer(app, new Uri(address));
        }
        catch
        {
            await DisposeHostAsync(app).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the host gracefully (bounded); idempotent. The services stay usable until disposal.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var timeout = new CancellationTokenSource(StopTimeout);
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Client.Dispose();
            await StopAsync().ConfigureAwait(false);
        }
        finally
        {
            _disposed = true;
            await DisposeHostAsync(_app).ConfigureAwait(false);
        }
    }

    private static async Task DisposeHostAsync(IHost app)
    {
        // The runtime (lock, database) is registered as an instance, which the container does not own.
        var runtime = app.Services.GetService<BotRuntime>();
        if (app is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            app.Dispose();
        }

        if (runtime is not null)
        {
            await runtime.DisposeAsync().ConfigureAwait(false);
        }
    }
}
