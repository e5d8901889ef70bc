using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Support;

/// <summary>
/// A real Prometheus (Debian package <c>prometheus</c>) on a free loopback port, its configuration and TSDB in a temporary
/// directory, scraping one target every second. Killed and its directory removed on dispose.
/// </summary>
internal sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempDirectory _directory;

    private PrometheusServer(Process process, TempDirectory directory, HttpClient client)
    {
        _process = process;
        _directory = directory;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<PrometheusServer> StartAsync(Uri target)
    {
        var program = ExternalTool.Require("prometheus", "prometheus");
        var directory = new TempDirectory();
        var config = directory.Write("prometheus.yml", $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: bot
                metrics_path: /metrics
                scrape_interval: 1s
                scrape_timeout: 900ms
                static_configs:
                  - targets: ["{target.Authority}"]
            """);
        var port = BotHttp.FreePort();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     $"--config.file={config}", $"--storage.tsdb.path={directory.File("data")}", $"--web.listen-address=127.0.0.1:{port}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        // Drained so that a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, directory, BotHttp.CreateClient(new Uri($"http://127.0.0.1:{port}")));
        var ready = false;
        for (var attempt = 0; attempt < 150 && !ready && !process.HasExited; attempt++)
        {
            ready = (await server.TryGetAsync("/-/ready")) == 200;
            if (!ready)
            {
                await Task.Delay(200);
            }
        }

        if (!ready)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"prometheus on 127.0.0.1:{port} did not become ready within 30 s");
        }

        return server;
    }

    /// <summary>An instant query's samples as (labels, value), empty when the expression matches nothing (yet).</summary>
    public async Task<IReadOnlyList<(Dictionary<string, string> Labels, double Value)>> QueryAsync(string expression)
    {
        var (status, body) = await Client.GetTextAsync("/api/v1/query?query=" + Uri.EscapeDataString(expression));
        if (status != 200)
        {
            throw new InvalidOperationException($"query {expression}: HTTP {status} {body}");
        }

        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        return [.. data.GetProperty("result").EnumerateArray().Select(r => (
            r.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""),
            double.Parse(r.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))];
    }

    /// <summary>Polls <paramref name="expression"/> (bounded: about 30 s) until it has a sample satisfying <paramref name="done"/>.</summary>
    public async Task<double?> WaitForAsync(string expression, Func<double, bool> done)
    {
        double? last = null;
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var samples = await QueryAsync(expression);
            if (samples.Count > 0)
            {
                last = samples[0].Value;
                if (done(last.Value))
                {
                    return last;
                }
            }

            await Task.Delay(250);
        }

        return last;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(deadline.Token);
            }
        }
        finally
        {
            _process.Dispose();
            Client.Dispose();
            _directory.Dispose();
        }
    }

    private async Task<int> TryGetAsync(string path)
    {
        try
        {
            return (await Client.GetTextAsync(path)).Status;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
