using Spectre.Console;

namespace CryptoAiBot.Cli.Bench;

/// <summary>What <c>cab bench --gate</c> measured, and how it prints.</summary>
internal sealed record GateBenchReport(IReadOnlyList<GateLatency> Latencies, IReadOnlyList<GateThroughput> Throughputs, decimal RateRps, int RateBurst, int WarmUp)
{
    public void Print()
    {
        var latency = new Table().AddColumn("µs").AddColumn(new TableColumn("samples").RightAligned());
        foreach (var column in new[] { "client p50", "client p99", "server p50", "server p99", "added p50", "added p99" })
        {
            latency.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var l in Latencies)
        {
            latency.AddRow(
                Markup.Escape(l.Endpoint), $"{l.Samples:N0}", $"{l.ClientP50:N0}", $"{l.ClientP99:N0}", $"{l.ServerP50:N0}", $"{l.ServerP99:N0}",
                $"{l.OverheadP50:N0}", $"{l.OverheadP99:N0}");
        }

        AnsiConsole.MarkupLine("[bold]Gate.io client against the simulator on 127.0.0.1[/]: ticker = GET /spot/tickers, balance = GET /spot/accounts (signed), order = POST /spot/orders (5 USDT market buy)");
        AnsiConsole.Write(latency);
        AnsiConsole.MarkupLine(
            $"latency: one request at a time, paced at 80 % of Gate's limits (16 reads/s, 8 orders/s) so the rate limiter never holds one, after {WarmUp} warm-up calls per endpoint");
        AnsiConsole.MarkupLine(
            "server = the simulator's X-Out-Time - X-In-Time; added = client - server: signing, rate limiter, HTTP stack, parsing, the loopback hop and Kestrel's framing");

        var sustained = new Table().AddColumn("endpoint");
        foreach (var column in new[] { "requests", "seconds", "req/s", "steady req/s", "limit req/s", "failed", "429s" })
        {
            sustained.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var t in Throughputs)
        {
            sustained.AddRow(
                Markup.Escape(t.Endpoint), $"{t.Requests:N0}", $"{t.Elapsed.TotalSeconds:0.000}", $"{t.PerSecond:0.0}", $"{t.SteadyPerSecond:0.0}", $"{t.Limit:0.#}",
                $"{t.Failed:N0}", $"{t.TooManyRequests:N0}");
        }

        AnsiConsole.Write(sustained);
        AnsiConsole.MarkupLine(
            $"sustained: 4 callers at once, client limits BROKER_RATE_RPS={RateRps} BROKER_RATE_BURST={RateBurst} (capped by Gate's 20 reads/s and 10 orders/s a pair); steady = over the second half");
        AnsiConsole.MarkupLine($"machine: {Environment.ProcessorCount} cores; client and simulator share this process");
    }
}
