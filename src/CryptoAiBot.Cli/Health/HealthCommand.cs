using System.CommandLine;
using System.Globalization;
using CryptoAiBot.Cli.Arguments;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Cli.Health;

/// <summary>
/// <c>cab health [--oneshot] [--url U] [--timeout SEC]</c> checks a running bot once and prints every component;
/// <c>cab health --interval SEC [--count N]</c> keeps checking and prints one line per check. Exit codes
/// (<see cref="HealthExitCodes"/>): 0 healthy, 1 degraded, 2 down or not ready, 3 unreachable or usage error. The daemon
/// exits with the worst code it saw, after N checks or when stopped (SIGINT/SIGTERM), so a scheduler that runs it for
/// a window learns whether the bot was unwell at any moment of it; one that wants to react at once reads the lines.
/// </summary>
internal static class HealthCommand
{
    private static readonly Option<bool> OneShot = new("--oneshot") { Description = "Check once, print every component and exit (the default without --interval)" };
    private static readonly Option<string?> UrlOption = CommandArguments.Text("--url", $"The bot's HTTP address (default {HealthArguments.DefaultUrl})");
    private static readonly Option<string?> IntervalOption = CommandArguments.Text("--interval", "Daemon mode: check every SEC seconds, one line per check");
    private static readonly Option<string?> CountOption = CommandArguments.Text("--count", "Daemon mode: stop after N checks (default: until stopped)");
    private static readonly Option<string?> TimeoutOption = CommandArguments.Text("--timeout", "Seconds to wait for each answer (default 10)");

    private const string HttpClientName = "cab-health";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static Command Create()
    {
        var command = new Command("health", "Check a running bot's /health and /ready; exit 0 healthy, 1 degraded, 2 down or not ready, 3 unreachable");
        foreach (var option in new Option[] { OneShot, UrlOption, IntervalOption, CountOption, TimeoutOption })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var arguments = new HealthArguments(parse);
        var url = arguments.Url(UrlOption);
        var interval = arguments.Seconds(IntervalOption);
        var count = arguments.Count(CountOption);
        var timeout = arguments.Seconds(TimeoutOption) ?? DefaultTimeout;
        var oneShot = parse.GetValue(OneShot);
        if (oneShot && interval is not null)
        {
            arguments.Problem("--oneshot and --interval exclude each other");
        }

        if (count is not null && interval is null)
        {
            arguments.Problem("--count needs --interval");
        }

        if (!arguments.IsValid)
        {
            return await arguments.ReportAsync().ConfigureAwait(false);
        }

        await using var services = new ServiceCollection()
            .AddHttpClient(HttpClientName, client =>
            {
                client.BaseAddress = url;
                client.Timeout = timeout;
            })
            .Services.BuildServiceProvider();
        using var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var probe = new HealthProbe(client, TimeProvider.System);
        if (interval is not { } every)
        {
            var check = await probe.CheckAsync(cancellationToken).ConfigureAwait(false);
            await HealthOutput.WriteReportAsync(Console.Out, url, check).ConfigureAwait(false);
            return check.ExitCode;
        }

        return await RunDaemonAsync(probe, every, count, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunDaemonAsync(HealthProbe probe, TimeSpan interval, int? count, CancellationToken cancellationToken)
    {
        int? worst = null;
        var checks = 0;

        // SIGTERM (systemd, docker stop, a scheduler's timeout) ends the daemon with the worst code seen rather than the
        // runtime's 143, which would hide what the checks found; the signal's default handling is cancelled for that.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        cancellationToken = stop.Token;
        try
        {
            while (count is null || checks < count)
            {
                var check = await probe.CheckAsync(cancellationToken).ConfigureAwait(false);
                checks++;
                worst = HealthExitCodes.Worst(worst ?? HealthExitCodes.Healthy, check.ExitCode);
                await Console.Out.WriteLineAsync(HealthOutput.Line(check)).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (count is null || checks < count)
                {
                    await Task.Delay(interval, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by a signal: report what was seen so far.
        }

        var exitCode = worst ?? HealthExitCodes.Unknown;
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{checks} check(s); worst exit code {exitCode}")).ConfigureAwait(false);
        return exitCode;
    }
}
