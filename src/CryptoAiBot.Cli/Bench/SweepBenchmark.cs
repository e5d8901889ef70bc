using System.Diagnostics;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Cli.Backtest;
using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// The speed-up of a parameter sweep from running its combinations in parallel: the same grid through the real
/// <see cref="BacktestSweep"/>, one run at a time and then one per core, each timed as the median of a few
/// rounds after a warm-up round at each parallelism.
/// </summary>
internal static class SweepBenchmark
{
    /// <summary>Eight combinations: EMA fast 8 and 12, slow 26 and 50, stop loss 2% and 3%.</summary>
    private const string Grid = "ema-fast=8,12;ema-slow=26,50;stop-loss-pct=2,3";

    private const int Rounds = 3;

    public static async Task<SweepMeasurement> RunAsync(Candle[] candles, BacktestSettings settings, int cores, CancellationToken cancellationToken)
    {
        var grid = SweepGrid.Parse(Grid, out _) ?? throw new InvalidOperationException($"The bench sweep grid '{Grid}' does not parse.");
        var runs = grid.Combinations(new BacktestParameters(12, 26, 70m, 3m, 0m, settings.Plan.EntryQuoteAmount)).ToArray();
        await TimeAsync(candles, settings, runs, 1, cancellationToken).ConfigureAwait(false);
        await TimeAsync(candles, settings, runs, cores, cancellationToken).ConfigureAwait(false);
        var serial = await MedianAsync(candles, settings, runs, 1, cancellationToken).ConfigureAwait(false);
        var parallel = await MedianAsync(candles, settings, runs, cores, cancellationToken).ConfigureAwait(false);
        return new SweepMeasurement(runs.Length, candles.Length, cores, serial, parallel);
    }

    private static async Task<TimeSpan> MedianAsync(
        Candle[] candles, BacktestSettings settings, SweepCombination[] runs, int parallelism, CancellationToken cancellationToken)
    {
        var times = new TimeSpan[Rounds];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = await TimeAsync(candles, settings, runs, parallelism, cancellationToken).ConfigureAwait(false);
        }

        Array.Sort(times);
        return times[times.Length / 2];
    }

    private static async Task<TimeSpan> TimeAsync(
        Candle[] candles, BacktestSettings settings, SweepCombination[] runs, int parallelism, CancellationToken cancellationToken)
    {
        GarbageCollection.Settle();
        var watch = Stopwatch.StartNew();
        await BacktestSweep.RunAsync(candles, settings, runs, parallelism, null, cancellationToken).ConfigureAwait(false);
        return watch.Elapsed;
    }
}
