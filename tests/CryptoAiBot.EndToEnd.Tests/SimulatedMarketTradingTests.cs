using System.Globalization;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests;

/// <summary>
/// The whole cycle (signal, risk, execute, exits, settlement, reconciliation, outbox) over the market
/// simulator on a manual clock: 2,000 five-second candles in well under a second, with no waiting on
/// the wall clock, and the same run twice gives the same trades.
/// </summary>
public sealed class SimulatedMarketTradingTests(ITestOutputHelper output)
{
    private const int Steps = 2_000;
    private const decimal StartQuote = 10_000m;
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Orchestrator_trades_the_simulated_market_and_every_account_agrees_with_the_fills()
    {
        var run = await RunAsync(seed: 7, Steps);

        var orders = run.Orders;
        var fills = run.Fills;
        Assert.True(orders.Count >= 2, $"only {orders.Count} orders");
        Assert.Contains(orders, o => o.Side == OrderSide.Buy);
        Assert.Contains(orders, o => o.Side == OrderSide.Sell);
        Assert.All(orders, o => Assert.Equal(OrderStatus.Filled, o.Status));
        Assert.Equal(orders.Sum(o => o.Fills.Count), fills.Count);
        Assert.Equal(orders.Select(o => o.ClientOrderId).ToHashSet(), fills.Select(f => f.ClientOrderId).ToHashSet());
        Assert.All(orders, o => Assert.Equal(o.FilledBase, o.Fills.Sum(f => f.Quantity)));

        var pnl = run.Pnl;
        Assert.True(pnl.ClosedRoundTrips >= 1, "no round trip closed");
        Assert.Equal(orders.Count, pnl.OrderCount);

        var position = Position.FromFills(TradingRig.BtcUsdt, fills);
        var expectedBase = fills.Sum(f => f.Side == OrderSide.Buy ? f.Quantity : -f.Quantity) - fills.Where(f => f.FeeAsset == "BTC").Sum(f => f.Fee);
        Assert.Equal(expectedBase, position.Quantity);
        Assert.Equal(position.Quantity, run.Status.PositionBase);
        Assert.Equal(position.Quantity, run.Balance("BTC"));
        var expectedQuote = StartQuote - fills.Sum(f => f.Side == OrderSide.Buy ? f.Notional : -f.Notional) - fills.Where(f => f.FeeAsset == "USDT").Sum(f => f.Fee);
        Assert.Equal(expectedQuote, run.Balance("USDT"));

        Assert.Equal(orders.Count, run.Bus.Topic(EventTopics.TradeCompleted).Count);
        Assert.Empty(run.Bus.Topic(EventTopics.OrchestratorLoopFailed));
        Assert.Empty(run.Bus.Topic(EventTopics.ReconciliationPositionMismatch));
        Assert.Empty(run.Status.LoopFailures);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Steps} steps of {Step.TotalSeconds}s: orders {orders.Count}, round trips {pnl.ClosedRoundTrips} ({pnl.WinningRoundTrips} won), realized {pnl.RealizedPnlQuote:0.####} USDT, fees {pnl.FeesQuote:0.####} USDT, position {position.Quantity} BTC"));
    }

    [Fact]
    public async Task The_same_seed_and_clock_give_the_same_trades()
    {
        var first = await RunAsync(seed: 11, steps: 600);
        var second = await RunAsync(seed: 11, steps: 600);

        Assert.Equal(Signature(first), Signature(second));
        Assert.NotEmpty(first.Fills);
    }

    private static string Signature(SimulatedRun run) =>
        string.Join("|", run.Fills.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.ClientOrderId.Value}:{f.Side}:{f.Price}:{f.Quantity}:{f.Fee}")));

    private static async Task<SimulatedRun> RunAsync(int seed, int steps)
    {
        var time = new ManualTimeProvider();
        var start = time.GetUtcNow();
        var symbol = TradingRig.BtcUsdt;
        var plan = TradingRig.Plan(100m, RiskLimits.None);
        var market = new MarketSimulator(new MarketSimulatorOptions { Seed = seed, CandlePeriod = Step, Symbols = [symbol] }, time);
        await using var rig = new PaperTradingRig(
            symbol, plan, new ExitPolicy(2m, 0.3m), _ => new EmaCrossStrategy(3, 8), market, market,
            new ExecutionPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)), time, StartQuote);
        var (store, broker, bus, outbox, orchestrator) = (rig.Store, rig.Broker, rig.Bus, rig.Outbox, rig.Orchestrator);

        for (var i = 0; i < steps; i++)
        {
            time.Advance(Step);
            await orchestrator.RunOnceAsync(CancellationToken.None);
        }

        await outbox.PublishPendingAsync(CancellationToken.None);
        var now = time.GetUtcNow();
        var orders = await store.GetOrdersSinceAsync(start, CancellationToken.None);
        var fills = await store.GetFillsAsync(symbol, CancellationToken.None);
        var balances = await broker.GetBalancesAsync(CancellationToken.None);
        return new SimulatedRun(
            orders, fills, PnlCalculator.ForPeriod(symbol, fills, start, now.AddTicks(1), plan.DustQuantity), await orchestrator.GetStatusAsync(CancellationToken.None), balances.Value, bus);
    }

    private sealed record SimulatedRun(
        IReadOnlyList<Order> Orders,
        IReadOnlyList<Fill> Fills,
        PnlReport Pnl,
        OrchestratorStatus Status,
        IReadOnlyList<Application.Ports.Balance> Balances,
        RecordingEventBus Bus)
    {
        public decimal Balance(string asset) => Balances.Where(b => b.Asset == asset).Sum(b => b.Total);
    }
}
