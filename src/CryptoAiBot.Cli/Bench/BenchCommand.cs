using System.CommandLine;
using System.Diagnostics;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.MarketData;
using CryptoAiBot.Infrastructure.MarketSimulation;
using Spectre.Console;

namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// <c>cab bench</c>: candles per second, allocations per candle and peak memory of the full backtest
/// pipeline on one thread, and CSV load speed (<c>--gate</c>: the Gate.io client instead, <see cref="GateBenchCommand"/>). Candles are synthetic (seeded) and streamed, so the
/// measurement needs no data files and no memory for the input.
/// </summary>
public static class BenchCommand
{
    private const int ChunkSize = 100_000;
    private const int WarmUpCandles = 1_000_000;
    private const int MaxWarmUpRuns = 6;
    private const int SweepCandles = 250_000;
    private const int MeasuredRuns = 3;

    private static readonly Option<int> CandleCount = new("--candles") { Description = "Candles per run", DefaultValueFactory = _ => 1_000_000 };
    private static readonly Option<int> WarmUp = new("--warm-up")
    {
        Description = "Candles per warm-up run (at least --candles)", DefaultValueFactory = _ => WarmUpCandles,
    };

    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the synthetic market", DefaultValueFactory = _ => 7 };

    public static Command Create()
    {
        var command = new Command("bench", "Measure the full backtest pipeline and CSV loading on this machine");
        command.Options.Add(CandleCount);
        command.Options.Add(WarmUp);
        command.Options.Add(Seed);
        GateBenchCommand.AddTo(command);
        command.SetAction((result, cancellationToken) => result.GetValue(GateBenchCommand.Gate)
            ? GateBenchCommand.RunAsync(result, cancellationToken)
            : RunAsync(result.GetValue(CandleCount), result.GetValue(WarmUp), result.GetValue(Seed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, int warmUpCandles, int seed, CancellationToken cancellationToken)
    {
        if (count < 1_000)
        {
            AnsiConsole.MarkupLine("[red]--candles must be at least 1000[/]");
            return 2;
        }

        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // The pipeline, not the generator, is measured: a 100,000-candle synthetic market is made once and
        // replayed with shifted times (a price jump at each seam), so the input costs ~10 MB and no maths.
        var chunk = SyntheticCandles.Generate(Math.Min(count, ChunkSize), seed, start, Timeframe.M1).ToArray();
        IEnumerable<Candle> Candles() => Replay(chunk, count);
        var settings = PipelineBenchmark.PlainSettings(Timeframe.M1);

        // Warm-up: .NET first compiles a method quickly, then recompiles the busy ones with the profile it gathered
        // (on a background thread, and the candle loop itself by on-stack replacement). On this pipeline that settles
        // only after a few million candles: the second whole run was still ~50% slower than the fourth. So whole runs
        // are repeated until one is within 5% of the run before it (at most MaxWarmUpRuns), and the measured runs follow.
        var warmUp = Math.Max(count, warmUpCandles);
        var warmUpRuns = await WarmUpAsync(chunk, warmUp, start, settings, cancellationToken).ConfigureAwait(false);
        await PipelineBenchmark.RunAsync("warm-up", Replay(chunk, ChunkSize), start, settings, _ => new EmaCrossStrategy(12, ChunkSize + 10), cancellationToken)
            .ConfigureAwait(false);
        var full = await MedianAsync("plain configuration", Candles, start, settings, PipelineBenchmark.PlainStrategy, cancellationToken).ConfigureAwait(false);
        var quiet = await MedianAsync(
            "decision path, no trades", Candles, start, settings, _ => new EmaCrossStrategy(12, count + 10), cancellationToken).ConfigureAwait(false);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var sweep = await SweepBenchmark.RunAsync(
            Replay(chunk, Math.Min(count, SweepCandles)).ToArray(), settings, Math.Max(2, Environment.ProcessorCount), cancellationToken).ConfigureAwait(false);
        var csv = await MeasureCsvAsync(Candles(), cancellationToken).ConfigureAwait(false);

        var table = new Table().AddColumn("run").AddColumn(new TableColumn("candles/s").RightAligned())
            .AddColumn(new TableColumn("bytes/candle").RightAligned()).AddColumn(new TableColumn("trades").RightAligned())
            .AddColumn(new TableColumn("time").RightAligned());
        foreach (var m in new[] { full, quiet })
        {
            table.AddRow(Markup.Escape(m.Name), $"{m.CandlesPerSecond:N0}", $"{m.BytesPerCandle:0.###}", $"{m.Trades:N0}", $"{m.Elapsed.TotalSeconds:0.000} s");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"candles per run: {count:N0} (synthetic 1m, seed {seed}, {chunk.Length:N0} replayed); one thread");
        AnsiConsole.MarkupLine(
            $"median of {MeasuredRuns} runs each, measured after {warmUpRuns} warm-up runs of {warmUp:N0} candles, so that JIT compilation is not timed");
        AnsiConsole.MarkupLine(
            $"{full.Name}: {full.Orders:N0} orders, {full.BytesPerOrder:N0} bytes allocated per order; " +
            $"{full.Collections} garbage collections, {full.GcPause.TotalMilliseconds:N0} ms paused");
        AnsiConsole.MarkupLine($"garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");
        AnsiConsole.MarkupLine($"peak working set: {peak / 1024.0 / 1024.0:0.0} MB");
        AnsiConsole.MarkupLine(
            $"sweep of {sweep.Runs} runs x {sweep.Candles:N0} candles: {sweep.Serial.TotalSeconds:0.000} s one at a time, " +
            $"{sweep.Parallel.TotalSeconds:0.000} s on {sweep.Cores} cores = {sweep.SpeedUp:0.00}x speed-up (median of 3 each)");
        AnsiConsole.MarkupLine($"CSV load: {csv.Rows:N0} rows in {csv.Elapsed.TotalSeconds:0.000} s = {csv.Rows / csv.Elapsed.TotalSeconds:N0} rows/s");
        return 0;
    }

    private static async Task<int> WarmUpAsync(Candle[] chunk, int candles, DateTimeOffset start, Application.Backtesting.BacktestSettings settings, CancellationToken cancellationToken)
    {
        var previous = TimeSpan.MaxValue;
        for (var run = 1; run <= MaxWarmUpRuns; run++)
        {
            GarbageCollection.Settle();
            var elapsed = (await PipelineBenchmark.RunAsync("warm-up", Replay(chunk, candles), start, settings, PipelineBenchmark.PlainStrategy, cancellationToken)
                .ConfigureAwait(false)).Elapsed;
            if (elapsed >= previous * 0.95)
            {
                return run;
            }

            previous = elapsed;
        }

        return MaxWarmUpRuns;
    }

    /// <summary>The run with the median time of <see cref="MeasuredRuns"/>, so that one run disturbed by the machine does not decide the number.</summary>
    private static async Task<PipelineMeasurement> MedianAsync(
        string name, Func<IEnumerable<Candle>> candles, DateTimeOffset start, Application.Backtesting.BacktestSettings settings, StrategyFactory strategies,
        CancellationToken cancellationToken)
    {
        var runs = new PipelineMeasurement[MeasuredRuns];
        for (var i = 0; i < runs.Length; i++)
        {
            GarbageCollection.Settle();
            runs[i] = await PipelineBenchmark.RunAsync(name, candles(), start, settings, strategies, cancellationToken).ConfigureAwait(false);
        }

        Array.Sort(runs, static (a, b) => a.Elapsed.CompareTo(b.Elapsed));
        return runs[runs.Length / 2];
    }

    private static IEnumerable<Candle> Replay(Candle[] chunk, int count)
    {
        // Pass by pass, so that producing a candle costs no division (the input should not be what is measured).
        var shift = TimeSpan.FromMinutes(chunk.Length);
        var offset = TimeSpan.Zero;
        for (var produced = 0; produced < count; offset += shift)
        {
            for (var i = 0; i < chunk.Length && produced < count; i++, produced++)
            {
                yield return chunk[i] with { OpenTime = chunk[i].OpenTime + offset };
            }
        }
    }

    private static async Task<(int Rows, TimeSpan Elapsed)> MeasureCsvAsync(IEnumerable<Candle> candles, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cab-bench-{Environment.ProcessId}.csv");
        try
        {
            await CandleCsvWriter.WriteFileAsync(path, candles, cancellationToken).ConfigureAwait(false);

            var watch = Stopwatch.StartNew();
            var result = await CandleCsvReader.ReadFileAsync(path, Timeframe.M1, cancellationToken).ConfigureAwait(false);
            watch.Stop();
            return (result.RowCount, watch.Elapsed);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
