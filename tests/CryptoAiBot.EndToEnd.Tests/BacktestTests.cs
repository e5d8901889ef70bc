using System.Diagnostics;
using System.Text.Json;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests;

public sealed class BacktestTests(ITestOutputHelper output)
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");
    private static readonly Lazy<Candle[]> OneMinute = new(() => CandleFiles.Load("data/binance_BTC-USDT_1m.csv"));

    private static BacktestSettings Settings(FillModel fill = FillModel.NextOpen, StopEvaluation stops = StopEvaluation.OnClose) => new(
        BtcUsdt,
        new TradingPlan(Timeframe.M1, 1_000m, RiskLimits.None, 0.2m),
        new ExitPolicy(3m, 0m),
        10_000m,
        0.2m,
        fill,
        0m,
        stops);

    private static async Task<(BacktestReport Report, IReadOnlyList<Domain.Orders.Order> Orders)> RunAsync(
        BacktestSettings settings, IEnumerable<Candle> candles, StrategyFactory? strategies = null)
    {
        await using var provider = BacktestComposition.Create(settings, strategies ?? (_ => new EmaCrossStrategy(12, 26)), DateTimeOffset.UnixEpoch);
        var report = await provider.GetRequiredService<BacktestEngine>().RunAsync(candles, null, CancellationToken.None);
        var orders = await provider.GetRequiredService<ITradingStore>().GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        return (report, orders);
    }

    [Fact]
    public async Task A_backtest_over_real_one_minute_candles_trades_and_two_runs_serialize_identically()
    {
        var watch = Stopwatch.StartNew();
        var first = await RunAsync(Settings(), OneMinute.Value);
        var elapsed = watch.Elapsed;
        var second = await RunAsync(Settings(), OneMinute.Value);

        var json1 = JsonSerializer.Serialize(first.Report, EventJson.Options);
        var json2 = JsonSerializer.Serialize(second.Report, EventJson.Options);
        output.WriteLine($"{first.Report.Candles} candles in {elapsed.TotalSeconds:0.00}s; {first.Report.Metrics}");

        Assert.Equal(OneMinute.Value.Length, first.Report.Candles);
        Assert.True(first.Report.Metrics.Trades > 100, $"only {first.Report.Metrics.Trades} trades");
        Assert.Equal(json1, json2);
        Assert.All(first.Orders, o => Assert.Equal(Domain.Orders.OrderStatus.Filled, o.Status));
        var fills = first.Orders.SelectMany(o => o.Fills).ToArray();
        var realized = Domain.Positions.PnlCalculator.ForPeriod(BtcUsdt, fills, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 0.000001m);
        Assert.Equal(realized.ClosedRoundTrips, first.Report.Metrics.Trades);
        Assert.Equal(realized.FeesQuote, first.Report.Metrics.FeesPaid);
    }

    [Fact]
    public async Task Changing_candles_after_a_time_changes_no_order_made_at_or_before_it()
    {
        var candles = OneMinute.Value[..20_000];
        var cut = candles[12_000].OpenTime;
        var perturbed = candles.Select(c => c.OpenTime > cut ? c with { Open = c.Open * 0.9m, High = c.High * 1.1m, Low = c.Low * 0.8m, Close = c.Close * 1.05m } : c).ToArray();

        var original = await RunAsync(Settings(), candles);
        var changed = await RunAsync(Settings(), perturbed);

        static string[] Before(IReadOnlyList<Domain.Orders.Order> orders, DateTimeOffset t) =>
            orders.Where(o => o.CreatedAt <= t).OrderBy(o => o.CreatedAt)
                .Select(o => $"{o.CreatedAt:O} {o.Side} {o.Intent} {o.FilledBase} {o.AveragePrice}").ToArray();

        Assert.NotEmpty(Before(original.Orders, cut));
        Assert.Equal(Before(original.Orders, cut), Before(changed.Orders, cut));
        Assert.NotEqual(original.Report.Metrics.FinalEquity, changed.Report.Metrics.FinalEquity);
    }

    [Fact]
    public async Task Intrabar_stops_fill_at_the_stop_level_or_a_gapped_open_and_fire_at_least_as_often_as_on_close()
    {
        var candles = OneMinute.Value[..30_000];

        var tight = new ExitPolicy(0.5m, 0m);
        var onClose = await RunAsync(Settings(stops: StopEvaluation.OnClose) with { Exits = tight }, candles);
        var intrabar = await RunAsync(Settings(stops: StopEvaluation.Intrabar) with { Exits = tight }, candles);

        var stops = intrabar.Report.Trades.Where(t => t.ExitReason == "stop_loss").ToArray();
        Assert.Equal("Intrabar", intrabar.Report.Stops);
        Assert.NotEmpty(stops);
        Assert.All(stops, t => Assert.True(t.ExitPrice <= t.EntryPrice * 0.995m, $"stop exit at {t.ExitPrice} above 99.5% of {t.EntryPrice}"));
        Assert.True(stops.Length >= onClose.Report.Trades.Count(t => t.ExitReason == "stop_loss"));
    }
}
