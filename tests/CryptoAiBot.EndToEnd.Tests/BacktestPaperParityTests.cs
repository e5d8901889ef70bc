using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests;

/// <summary>
/// The same candles through the backtester and through the live orchestrator in paper mode on a
/// simulated clock must produce exactly the same orders and fills: one code path, two drivers.
/// </summary>
public sealed class BacktestPaperParityTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");
    private static readonly TradingPlan Plan = new(Timeframe.M1, 1_000m, RiskLimits.None, 0.2m, CandleLookback: 100);
    private static readonly ExitPolicy Exits = new(1m, 0.5m);

    [Theory]
    [InlineData(FillModel.NextOpen)]
    [InlineData(FillModel.SignalClose)]
    public async Task Paper_trading_on_a_simulated_clock_makes_the_same_orders_and_fills_as_the_backtest(FillModel fill)
    {
        var candles = CandleFiles.Load("data/binance_BTC-USDT_1m.csv", take: 3_000);
        var settings = new BacktestSettings(BtcUsdt, Plan, Exits, 10_000m, 0.2m, fill, SlippageBps: 5m);

        var backtest = await BacktestOrdersAsync(settings, candles);
        var paper = await PaperOrdersAsync(settings, candles);

        Assert.True(backtest.Count > 20, $"only {backtest.Count} orders");
        Assert.Equal(backtest, paper);
    }

    [Fact]
    public async Task Parity_holds_with_the_trend_filter_and_risk_rules_on()
    {
        var candles = CandleFiles.Load("data/binance_BTC-USDT_1m.csv", take: 3_000);
        var trend = new EntryPolicy(new TrendWeights(0.5m, 0.5m, 0m, 0m, 0m), TrendFilterSettings.Default, SignalFusion.Disabled);
        var limits = new RiskLimits { MaxOrdersPerHour = 3, Cooldown = TimeSpan.FromMinutes(10) };
        var settings = new BacktestSettings(BtcUsdt, Plan with { Limits = limits }, Exits, 10_000m, 0.2m, FillModel.NextOpen, SlippageBps: 5m)
        {
            Entries = trend,
        };

        var backtest = await BacktestOrdersAsync(settings, candles);
        var paper = await PaperOrdersAsync(settings, candles);
        var unfiltered = await BacktestOrdersAsync(settings with { Entries = EntryPolicy.Open, Plan = Plan }, candles);

        Assert.True(backtest.Count > 10, $"only {backtest.Count} orders");
        Assert.True(backtest.Count < unfiltered.Count, "the trend filter and the risk rules held nothing back");
        Assert.Equal(backtest, paper);
    }

    private static async Task<List<string>> BacktestOrdersAsync(BacktestSettings settings, Candle[] candles)
    {
        await using var provider = BacktestComposition.Create(settings, _ => new EmaCrossStrategy(12, 26), candles[0].OpenTime);
        await provider.GetRequiredService<BacktestEngine>().RunAsync(candles, null, CancellationToken.None);
        return Describe(await provider.GetRequiredService<ITradingStore>().GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }

    private static async Task<List<string>> PaperOrdersAsync(BacktestSettings settings, Candle[] candles)
    {
        var period = settings.Plan.Timeframe.Duration;
        var time = new ManualTimeProvider(candles[0].OpenTime);
        var market = new CandleReplayMarket(BtcUsdt, candles, settings.Plan.Timeframe, settings.FillModel, settings.SlippageBps, time);
        await using var rig = new PaperTradingRig(
            BtcUsdt, settings.Plan, settings.Exits, _ => new EmaCrossStrategy(12, 26), market.Decisions, market.Executions,
            new ExecutionPolicy(TimeSpan.FromMilliseconds(1), period), time, settings.StartQuote, settings.FeePct, settings.Entries);

        foreach (var candle in candles)
        {
            time.SetUtcNow(candle.OpenTime + period);
            await rig.Orchestrator.RunOnceAsync(CancellationToken.None);
        }

        return Describe(await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }

    private static List<string> Describe(IReadOnlyList<Order> orders) =>
    [
        .. orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.ClientOrderId.Value, StringComparer.Ordinal).Select(o =>
            $"{o.CreatedAt:O} {o.ClientOrderId} {o.Side} {o.Intent} {o.Status} quote={o.RequestedQuote} base={o.RequestedBase} " +
            string.Join(";", o.Fills.Select(f => $"{f.TradeId} {f.Price}x{f.Quantity} fee {f.Fee} {f.FeeAsset} @{f.Time:O}"))),
    ];
}
