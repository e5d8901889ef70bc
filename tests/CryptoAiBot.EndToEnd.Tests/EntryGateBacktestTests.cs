using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Sizing;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.EndToEnd.Tests;

/// <summary>The trend filter and the sizers in a backtest of the shared 15m candles, on the live code path.</summary>
public sealed class EntryGateBacktestTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");
    private static readonly Lazy<Candle[]> Quarters = new(() => CandleFiles.Load("data/binance_BTC-USDT_15m.csv")[..40_000]);
    private static readonly EntryPolicy SeedsTrend = new(TrendWeights.Default, TrendFilterSettings.Default, SignalFusion.Disabled);

    private static BacktestSettings Settings(EntryPolicy entries, IPositionSizer? sizer = null) => new(
        BtcUsdt, new TradingPlan(Timeframe.M15, 1_000m, RiskLimits.None, 0.2m, Sizer: sizer), new ExitPolicy(3m, 0m), 10_000m, 0.2m)
    {
        Entries = entries,
    };

    private static async Task<IReadOnlyList<Order>> OrdersAsync(BacktestSettings settings, IEnumerable<Candle> candles)
    {
        await using var provider = BacktestComposition.Create(settings, _ => new EmaCrossStrategy(12, 26), DateTimeOffset.UnixEpoch);
        await provider.GetRequiredService<BacktestEngine>().RunAsync(candles, null, CancellationToken.None);
        return await provider.GetRequiredService<ITradingStore>().GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
    }

    [Fact]
    public async Task Every_entry_is_made_while_the_trend_filter_allows_one_and_the_filter_removes_some()
    {
        var candles = Quarters.Value;
        var filtered = await OrdersAsync(Settings(SeedsTrend), candles);
        var open = await OrdersAsync(Settings(EntryPolicy.Open), candles);

        // The verdict as of each candle's close, from a filter fed the same candles outside the engine.
        var filter = new TrendFilter(Timeframe.M15, TrendWeights.Default);
        var verdicts = candles.ToDictionary(c => c.OpenTime + Timeframe.M15.Duration, c => filter.OnCandle(c));
        var entries = filtered.Where(o => o.Side == OrderSide.Buy).ToArray();

        Assert.NotEmpty(entries);
        // Next-open fills: an entry is created at the open after its signal candle, i.e. at that candle's close.
        Assert.All(entries, o => Assert.True(verdicts[o.CreatedAt].AllowsEntry, $"entry at {o.CreatedAt:O}: {verdicts[o.CreatedAt].Reason}"));
        Assert.True(entries.Length < open.Count(o => o.Side == OrderSide.Buy));
        // The weekly trend needs 20 closed weeks; the file starts on a Sunday, whose partial week counts as the first.
        Assert.DoesNotContain(entries, o => o.CreatedAt < candles[0].OpenTime.AddDays(7 * 19));
    }

    [Fact]
    public async Task With_the_trend_filter_on_changing_candles_after_a_time_changes_no_order_made_at_or_before_it()
    {
        var candles = Quarters.Value;
        var cut = candles[30_000].OpenTime;
        var perturbed = candles.Select(c => c.OpenTime > cut ? c with { Open = c.Open * 0.7m, High = c.High * 0.75m, Low = c.Low * 0.6m, Close = c.Close * 0.65m } : c).ToArray();

        var original = await OrdersAsync(Settings(SeedsTrend), candles);
        var changed = await OrdersAsync(Settings(SeedsTrend), perturbed);

        static string[] Before(IReadOnlyList<Order> orders, DateTimeOffset t) =>
            orders.Where(o => o.CreatedAt <= t).Select(o => $"{o.CreatedAt:O} {o.Side} {o.Intent} {o.FilledBase} {o.AveragePrice}").ToArray();

        Assert.NotEmpty(Before(original, cut));
        Assert.Equal(Before(original, cut), Before(changed, cut));
        Assert.NotEqual(original.Count, changed.Count);
    }

    [Fact]
    public async Task The_report_states_the_gate_and_the_sizer_and_counts_the_buys_held_back_by_reason()
    {
        await using var gated = BacktestComposition.Create(
            Settings(SeedsTrend, new FractionalKellySizer(0.6d, 2d, 0.25d)), _ => new EmaCrossStrategy(12, 26), DateTimeOffset.UnixEpoch);
        var report = await gated.GetRequiredService<BacktestEngine>().RunAsync(Quarters.Value, null, CancellationToken.None);
        await using var open = BacktestComposition.Create(Settings(EntryPolicy.Open), _ => new EmaCrossStrategy(12, 26), DateTimeOffset.UnixEpoch);
        var plain = await open.GetRequiredService<BacktestEngine>().RunAsync(Quarters.Value, null, CancellationToken.None);

        Assert.Equal("1h 0.40, 4h 0.30, 1d 0.20, 1w 0.10; EMA 20, ATR 14 x 2; entries at score >= 0", report.TrendFilter);
        Assert.Equal("kelly: win rate 0.6, payoff 2, 0.25 of f* 0.4 = 0.1 of equity per entry", report.Sizer);
        var reasons = report.HeldBack!.Select(h => h.Reason).ToArray();
        Assert.Equal(reasons.Order(StringComparer.Ordinal), reasons);
        Assert.Contains("warming up 1w", reasons);
        Assert.Contains(TrendFilter.DisagreesReason, reasons);
        Assert.All(report.HeldBack!, h => Assert.True(h.Signals > 0));
        Assert.All(reasons, r => Assert.True(r.StartsWith("warming up ", StringComparison.Ordinal) || r == TrendFilter.DisagreesReason || r.StartsWith("stale ", StringComparison.Ordinal), r));
        Assert.Equal(("off", "fixed 1000 per entry"), (plain.TrendFilter, plain.Sizer));
        Assert.Empty(plain.HeldBack!);
    }

    [Fact]
    public async Task Kelly_sizes_the_first_entry_from_the_starting_equity_and_never_spends_more_than_is_free()
    {
        // W 0.6, R 2: f* = 0.4, a quarter of it = 10% of equity.
        var orders = await OrdersAsync(Settings(EntryPolicy.Open, new FractionalKellySizer(0.6d, 2d, 0.25d)), Quarters.Value[..5_000]);

        var buys = orders.Where(o => o.Side == OrderSide.Buy).ToArray();
        Assert.True(buys.Length > 5);
        Assert.Equal(1_000m, buys[0].RequestedQuote);
        Assert.All(buys, b => Assert.InRange(b.RequestedQuote, 500m, 2_000m));
        Assert.Contains(buys, b => b.RequestedQuote != 1_000m);
    }
}
