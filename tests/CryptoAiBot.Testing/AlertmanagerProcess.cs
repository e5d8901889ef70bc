using System.Diagnostics;
using System.Globalization;

namespace CryptoAiBot.Testing;

/// <summary>
/// A real Alertmanager (Debian <c>prometheus-alertmanager</c>) on <c>127.0.0.1</c>, a free port, clustering off, its
/// config and data in a temporary directory; disposal kills it. <see cref="FindExecutable"/> names what is missing
/// when the package is not installed (<c>scripts/test.sh</c> installs it).
/// </summary>
public sealed class AlertmanagerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _output = [];

    private AlertmanagerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output { get { lock (_gate) { return string.Join("\n", _output); } } }

    /// <summary>The Alertmanager binary (Debian names it <c>prometheus-alertmanager</c>, upstream <c>alertmanager</c>).</summary>
    public static string FindExecutable() => Find("prometheus-alertmanager", "alertmanager");

    /// <summary><c>amtool</c>, shipped in the same package.</summary>
    public static string FindAmtool() => Find("amtool");

    public static async Task<AlertmanagerProcess> StartAsync(string configFile, string dataDirectory)
    {
        var port = BotHttp.FreePort();
        var info = new ProcessStartInfo(FindExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        foreach (var argument in new[]
                 {
                     "--config.file=" + configFile, "--storage.path=" + dataDirectory,
                     "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
                     "--cluster.listen-address=", "--log.level=debug",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Alertmanager did not start");
        var alertmanager = new AlertmanagerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => alertmanager.Record(e.Data);
        process.ErrorDataReceived += (_, e) => alertmanager.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = BotHttp.CreateClient(alertmanager.BaseAddress, TimeSpan.FromSeconds(2));
        var ready = await BotWait.UntilAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    return true;
                }

                try
                {
                    return (await client.GetTextAsync("/-/ready").ConfigureAwait(false)).Status == 200;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        if (!ready || process.HasExited)
        {
            await alertmanager.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException("Alertmanager did not become ready:\n" + alertmanager.Output);
        }

        return alertmanager;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static string Find(params string[] names)
    {
        // Where Debian and a manual install put them; PATH is not read (configuration is read only by the settings module).
        string[] directories = ["/usr/bin", "/usr/local/bin", "/usr/sbin", "/opt/alertmanager"];
        foreach (var name in names)
        {
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"None of {string.Join(", ", names)} found in /usr/bin, /usr/local/bin, /usr/sbin or /opt/alertmanager: install the Debian package prometheus-alertmanager (scripts/test.sh does).");
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                _output.Add(line);
            }
        }
    }
}
