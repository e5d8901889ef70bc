using System.Diagnostics;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Testing;

/// <summary>
/// A bot assembly (<c>CryptoAiBot.Host.dll</c>, <c>cab.dll</c>) run as a child <c>dotnet</c> process with
/// exactly the given configuration: every variable the settings loader knows (and a few that would steer
/// ASP.NET Core) is removed from the inherited environment first, and the working directory is the
/// caller's temp folder, so neither this machine's environment nor a stray <c>.env</c> can interfere.
/// Output lines are captured thread-safely; disposal kills a process that is still running.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly string[] ClearedPrefixes =
    [
        "API_", "TELEGRAM_", "DB_", "MODE", "SECRETS_", "EXCHANGE", "ASPNETCORE_", "DOTNET_URLS", "DOTNET_STARTUP_HOOKS",
        "DOTNET_SYSTEM_IO_DISABLEFILELOCKING", "DOTNET_ENVIRONMENT",
    ];

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];

    private BotProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> StandardOutput { get { lock (_gate) { return [.. _stdout]; } } }

    public IReadOnlyList<string> StandardError { get { lock (_gate) { return [.. _stderr]; } } }

    public string ErrorText => string.Join("\n", StandardError);

    public string OutputText => string.Join("\n", StandardOutput);

    public static BotProcess Start(string assembly, IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(arguments);
        var info = new ProcessStartInfo(DotnetExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var known = SettingsLoader.KnownVariables.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in info.Environment.Keys.ToArray())
        {
            if (known.Contains(name) || ClearedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                info.Environment.Remove(name);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Capture(bot._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => bot.Capture(bot._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The exit code, or null when the process is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls <c>GET /health</c> until it answers 200; false when the process exits or time runs out.</summary>
    public Task<bool> WaitForHealthyAsync(Uri baseAddress, TimeSpan timeout) => WaitFor200Async(baseAddress, "/health", timeout);

    /// <summary>Polls <c>GET /ready</c> until it answers 200 (trading started, start-up reconciliation done); false when the process exits or time runs out.</summary>
    public Task<bool> WaitForReadyAsync(Uri baseAddress, TimeSpan timeout) => WaitFor200Async(baseAddress, "/ready", timeout);

    private async Task<bool> WaitFor200Async(Uri baseAddress, string path, TimeSpan timeout)
    {
        using var client = BotHttp.CreateClient(baseAddress, TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; attempt < 1_000 && clock.Elapsed < timeout && !_process.HasExited; attempt++)
        {
            try
            {
                var (status, _) = await client.GetTextAsync(path).ConfigureAwait(false);
                if (status == 200)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Net.Sockets.SocketException)
            {
                // Not listening yet (a connection refused while being set up can surface as a bare socket error).
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Sends SIGTERM (a graceful stop, like <c>docker stop</c>) and waits; the exit code or null on timeout.</summary>
    public async Task<int?> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
                ?? throw new InvalidOperationException("kill could not be started");
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }

        return await WaitForExitAsync(timeout).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await WaitForExitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Capture(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                lines.Add(line);
            }
        }
    }

    private static string DotnetExecutable =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
