using System.CommandLine;
using Spectre.Console;

namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// <c>cab bench --gate [--gate-requests 200 --gate-orders 100 --gate-warm-up 30]</c>: the Gate.io client against the
/// simulator (<see cref="GateBenchmark"/>) instead of the backtest pipeline.
/// </summary>
internal static class GateBenchCommand
{
    public static readonly Option<bool> Gate = new("--gate") { Description = "Measure the Gate.io client against the simulator on 127.0.0.1 instead" };

    private static readonly Option<int> Requests = new("--gate-requests")
    {
        Description = "Requests per read endpoint, for latency and again for throughput", DefaultValueFactory = _ => 200,
    };

    private static readonly Option<int> Orders = new("--gate-orders")
    {
        Description = "Orders placed (5 USDT market buys), for latency and again for throughput", DefaultValueFactory = _ => 100,
    };

    private static readonly Option<int> WarmUp = new("--gate-warm-up") { Description = "Unmeasured calls per read endpoint first", DefaultValueFactory = _ => 30 };

    public static void AddTo(Command command)
    {
        command.Options.Add(Gate);
        command.Options.Add(Requests);
        command.Options.Add(Orders);
        command.Options.Add(WarmUp);
    }

    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var (requests, orders, warmUp) = (result.GetValue(Requests), result.GetValue(Orders), result.GetValue(WarmUp));
        if (requests < 4 || orders < 4 || warmUp < 0)
        {
            AnsiConsole.MarkupLine("[red]--gate-requests and --gate-orders must be at least 4, --gate-warm-up not negative[/]");
            return 2;
        }

        try
        {
            var report = await GateBenchmark.RunAsync(requests, orders, warmUp, cancellationToken).ConfigureAwait(false);
            report.Print();
            return 0;
        }
        catch (InvalidOperationException e)
        {
            // A failed call leaves a latency sample without meaning: the run stops and says which call failed.
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
    }
}
