using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Signals;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Testing;

/// <summary>
/// One symbol's live orchestrator in paper mode, wired by hand from the production types over an
/// in-memory store: decisions read <c>decisions</c>, the paper broker fills at <c>executions</c>
/// (the same market in live; two views of one replay in parity tests).
/// </summary>
public sealed class PaperTradingRig : IAsyncDisposable
{
    public PaperTradingRig(
        Symbol symbol,
        TradingPlan plan,
        ExitPolicy exits,
        StrategyFactory strategies,
        IMarketData decisions,
        IMarketData executions,
        ExecutionPolicy execution,
        TimeProvider time,
        decimal startQuote = 10_000m,
        decimal feePct = 0.2m,
        EntryPolicy? entries = null)
    {
        Store = TradingStoreFactory.InMemory();
        Broker = new PaperBroker(executions, new PaperBrokerOptions(startQuote, feePct, symbol.Quote), time);
        Bus = new RecordingEventBus();
        Outbox = new OutboxPublisher(Store, Bus, time, NullLogger<OutboxPublisher>.Instance);
        var positions = new PositionBook(Store, plan.DustQuantity);
        var recorder = new TradeRecorder(Store, positions, exits, time);
        var execute = new ExecuteTrade(Store, Broker, positions, recorder, Outbox, execution, time, NullLogger<ExecuteTrade>.Instance);
        var deciders = new DeciderBook(strategies, entries ?? EntryPolicy.Open, NoModelAiScore.Instance, plan, exits, Store, positions, time);
        var risk = new RiskSnapshotBuilder(Store, positions, Broker, decisions, new EquityPeakTracker(), [symbol]);
        var firedStops = new FiredStopRecorder(NoExchangeStops.Instance, Store, recorder, deciders, time, NullLogger<FiredStopRecorder>.Instance);
        var keeper = new ExchangeStopKeeper(
            NoExchangeStops.Instance, ExchangeStopPolicy.Off, deciders, Store, positions, Broker, firedStops,
            execute, time, NullLogger<ExchangeStopKeeper>.Instance);
        var cycle = new TradingCycle(
            decisions, Store, deciders, new RiskManager(), risk, execute,
            new HigherTimeframeFeed(decisions, NullLogger<HigherTimeframeFeed>.Instance), new EntrySizing(Broker, positions),
            TradingRig.RegimeOff(Bus, time), keeper, Bus, time);
        Orchestrator = new SymbolOrchestrator(
            symbol, plan, OrchestratorSchedule.Default, cycle,
            new CheckProtectiveExits(
                deciders, Store, decisions, execute, keeper, new CancelOpenOrders(Store, Broker, recorder, NullLogger<CancelOpenOrders>.Instance), Bus, time),
            new SettleOrders(Store, Broker, recorder, execute, Outbox, SettlementPolicy.Default, time, NullLogger<SettleOrders>.Instance),
            new ReconcileAccount(Store, Broker, recorder, firedStops, Outbox, Bus, time, NullLogger<ReconcileAccount>.Instance),
            Store, Bus, time, NullLogger<SymbolOrchestrator>.Instance);
    }

    public ITradingStore Store { get; }

    public PaperBroker Broker { get; }

    public RecordingEventBus Bus { get; }

    public OutboxPublisher Outbox { get; }

    public SymbolOrchestrator Orchestrator { get; }

    public ValueTask DisposeAsync() => Orchestrator.DisposeAsync();
}
