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
/// pipeline on one thread, and CSV load speed. Candles are synthetic (seeded) and streamed, so the
/// measurement needs no data files and no memory for the input.
/// </summary>
public static class BenchCommand
{
    private const int ChunkSize = 100_000;
    private const int WarmUpCandles = 1_000_000;

    private static readonly Option<int> CandleCount = new("--candles") { Description = "Candles per run", DefaultValueFactory = _ => 1_000_000 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the synthetic market", DefaultValueFactory = _ => 7 };

    public static Command Create()
    {
        var command = new Command("bench", "Measure the full backtest pipeline and CSV loading on this machine");
        command.Options.Add(CandleCount);
        command.Options.Add(Seed);
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(CandleCount), result.GetValue(Seed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, int seed, CancellationToken cancellationToken)
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

        // Warm-up: .NET first compiles a method quickly and recompiles the busy ones, optimized, on a background
        // thread; on this pipeline that takes on the order of a million candles. A short warm-up (it was 20,000
        // candles) left the measured run timing mostly the quick code, so one whole run of the stream comes first.
        var warmUp = Math.Max(count, WarmUpCandles);
        await PipelineBenchmark.RunAsync("warm-up", Replay(chunk, warmUp), start, settings, PipelineBenchmark.PlainStrategy, cancellationToken)
            .ConfigureAwait(false);
        await PipelineBenchmark.RunAsync("warm-up", Replay(chunk, ChunkSize), start, settings, _ => new EmaCrossStrategy(12, ChunkSize + 10), cancellationToken)
            .ConfigureAwait(false);
        CollectGarbage();
        var full = await PipelineBenchmark.RunAsync("plain configuration", Candles(), start, settings, PipelineBenchmark.PlainStrategy, cancellationToken).ConfigureAwait(false);
        CollectGarbage();
        var quiet = await PipelineBenchmark.RunAsync(
            "decision path, no trades", Candles(), start, settings, _ => new EmaCrossStrategy(12, count + 10), cancellationToken).ConfigureAwait(false);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
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
        AnsiConsole.MarkupLine($"measured after a warm-up run of {warmUp:N0} candles, so that JIT compilation is not timed");
        AnsiConsole.MarkupLine(
            $"{full.Name}: {full.Orders:N0} orders, {full.BytesPerOrder:N0} bytes allocated per order; " +
            $"{full.Collections} garbage collections, {full.GcPause.TotalMilliseconds:N0} ms paused");
        AnsiConsole.MarkupLine($"peak working set: {peak / 1024.0 / 1024.0:0.0} MB");
        AnsiConsole.MarkupLine($"CSV load: {csv.Rows:N0} rows in {csv.Elapsed.TotalSeconds:0.000} s = {csv.Rows / csv.Elapsed.TotalSeconds:N0} rows/s");
        return 0;
    }

    /// <summary>
    /// Each measured run starts from a collected heap, as a backtest in its own process would, rather than inheriting
    /// the garbage (and the collections it causes) of the run before it.
    /// </summary>
    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
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
