using System.Diagnostics;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Backtesting;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Cli.Bench;

/// <summary>
/// Times the backtest pipeline — decider, risk, execution, paper broker, in-memory storage — over a
/// candle stream on the current thread. The plain configuration is the issue's: EMA 12/26 cross,
/// RSI(14) &lt; 70 entry filter, 1,000 USDT per entry, 3% stop below the entry fill, 0.2% fee per side,
/// next-open fills, every other rule off.
/// </summary>
public static class PipelineBenchmark
{
    public static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");

    public static BacktestSettings PlainSettings(Timeframe timeframe) => new(
        BtcUsdt, new TradingPlan(timeframe, 1_000m, RiskLimits.None, 0.2m), new ExitPolicy(3m, 0m), 10_000_000m, 0.2m);

    public static StrategyFactory PlainStrategy => _ => new RsiEntryFilter(new EmaCrossStrategy(12, 26), 14, 70d);

    public static async Task<PipelineMeasurement> RunAsync(
        string name, IEnumerable<Candle> candles, DateTimeOffset start, BacktestSettings settings, StrategyFactory strategies, CancellationToken cancellationToken)
    {
        await using var provider = BacktestComposition.Create(settings, strategies, start);
        var engine = provider.GetRequiredService<BacktestEngine>();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (collectionsBefore, pauseBefore) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var report = await engine.RunAsync(candles, null, cancellationToken).ConfigureAwait(false);
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var (collections, pause) = (GC.CollectionCount(0) - collectionsBefore, GC.GetTotalPauseDuration() - pauseBefore);
        var orders = await provider.GetRequiredService<ITradingStore>().GetOrdersSinceAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        return new PipelineMeasurement(name, report.Candles, report.Metrics.Trades, orders.Count, watch.Elapsed, allocated, collections, pause);
    }
}
