using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.Backtesting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// Runs the combinations of a sweep in parallel. Each run gets its own composition (clock, prices, paper
/// broker, in-memory store, decider and strategy): runs share only the candle array, which nobody writes,
/// so they cannot influence each other and each result equals that of a lone <c>cab backtest</c>.
/// </summary>
internal static class BacktestSweep
{
    /// <summary>The reports of <paramref name="runs"/>, in the order of <paramref name="runs"/> whatever order they finish in.</summary>
    public static async Task<BacktestReport[]> RunAsync(
        Candle[] candles,
        BacktestSettings baseline,
        IReadOnlyList<SweepCombination> runs,
        int parallelism,
        ProgressTask? progress,
        CancellationToken cancellationToken)
    {
        var reports = new BacktestReport[runs.Count];
        var start = candles.Length > 0 ? candles[0].OpenTime : DateTimeOffset.UnixEpoch;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, runs.Count), options, async (index, token) =>
        {
            var parameters = runs[index].Parameters;
            var provider = BacktestComposition.Create(parameters.ApplyTo(baseline), parameters.Strategies(), start);
            await using (provider.ConfigureAwait(false))
            {
                var engine = provider.GetRequiredService<BacktestEngine>();
                reports[index] = await engine.RunAsync(candles, CandleProgress.For(progress), token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return reports;
    }
}
