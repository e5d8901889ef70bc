using CryptoAiBot.Application.Regime;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Signals;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Paper;
using Microsoft.Extensions.Logging.Abstractions;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Testing;

/// <summary>
/// Real application services over a given store, a paper broker behind a fault injector, controllable
/// prices and a recording bus: the execution path exactly as production wires it.
/// </summary>
public sealed class TradingRig
{
    public TradingRig(ITradingStore store, ManualTimeProvider? time = null, decimal price = 100m, ExecutionPolicy? policy = null, ExitPolicy? exits = null)
    {
        Store = store;
        Time = time ?? new ManualTimeProvider();
        Prices = new ControllableMarketData(Time, price);
        Paper = new PaperBroker(Prices, new PaperBrokerOptions(10_000m, 0.2m, "USDT"), Time);
        Broker = new FaultInjectingBroker(Paper);
        Bus = new RecordingEventBus();
        Outbox = new OutboxPublisher(store, Bus, Time, NullLogger<OutboxPublisher>.Instance);
        Positions = new PositionBook(store, 0.000001m);
        ExitPolicy = exits ?? new ExitPolicy(2m, 1m);
        Recorder = new TradeRecorder(store, Positions, ExitPolicy, Time);
        Execute = new ExecuteTrade(store, Broker, Positions, Recorder, Outbox, policy ?? ExecutionPolicy.Default, Time, NullLogger<ExecuteTrade>.Instance);
        Settle = new SettleOrders(store, Broker, Recorder, Execute, Outbox, SettlementPolicy.Default, Time, NullLogger<SettleOrders>.Instance);
    }

    public static Symbol BtcUsdt { get; } = Symbol.Parse("BTC/USDT");

    public ITradingStore Store { get; }

    public ManualTimeProvider Time { get; }

    public ControllableMarketData Prices { get; }

    public PaperBroker Paper { get; }

    public FaultInjectingBroker Broker { get; }

    public RecordingEventBus Bus { get; }

    public OutboxPublisher Outbox { get; }

    public PositionBook Positions { get; }

    public ExitPolicy ExitPolicy { get; }

    public TradeRecorder Recorder { get; }

    public ExecuteTrade Execute { get; }

    public SettleOrders Settle { get; }

    /// <summary>A regime filter that is off, as every test that does not test it wants.</summary>
    public static RegimeGate RegimeOff(IEventBus bus, TimeProvider time) =>
        new(RegimePolicy.Off, NoMacroSource.Instance, bus, time, NullLogger<RegimeGate>.Instance);

    /// <summary>A plan without risk limits, buying <paramref name="entry"/> quote per entry.</summary>
    public static TradingPlan Plan(decimal entry = 100m, RiskLimits? limits = null) =>
        new(Timeframe.M1, entry, limits ?? RiskLimits.None, 0.2m, CandleLookback: 50);

    /// <summary>An orchestrator over this rig's services; <paramref name="marketData"/> defaults to <see cref="Prices"/>.</summary>
    public SymbolOrchestrator Orchestrator(
        IStrategy strategy,
        TradingPlan? plan = null,
        OrchestratorSchedule? schedule = null,
        IMarketData? marketData = null,
        TimeProvider? clock = null,
        EntryPolicy? entries = null,
        RegimeGate? regime = null,
        IExchangeStops? exchangeStops = null)
    {
        var prices = marketData ?? Prices;
        var time = clock ?? Time;
        plan ??= Plan();
        var riskSnapshots = new RiskSnapshotBuilder(Store, Positions, Broker, prices, new EquityPeakTracker(), [BtcUsdt]);
        var deciders = Deciders(_ => strategy, time, plan, entries);
        var keeper = StopKeeper(deciders, exchangeStops, time);
        var cycle = new TradingCycle(
            prices, Store, deciders, new RiskManager(), riskSnapshots, Execute,
            new HigherTimeframeFeed(prices, NullLogger<HigherTimeframeFeed>.Instance), new EntrySizing(Broker, Positions),
            regime ?? RegimeOff(Bus, time), keeper, Bus, time);
        return new SymbolOrchestrator(
            BtcUsdt,
            plan,
            schedule ?? OrchestratorSchedule.Default,
            cycle,
            new CheckProtectiveExits(deciders, Store, prices, Execute, keeper, OpenOrders(), Bus, time),
            Settle,
            new ReconcileAccount(
                Store, Broker, Recorder,
                new FiredStopRecorder(exchangeStops ?? NoExchangeStops.Instance, Store, Recorder, deciders, time, NullLogger<FiredStopRecorder>.Instance),
                Outbox, Bus, time, NullLogger<ReconcileAccount>.Instance),
            Store,
            Bus,
            time,
            NullLogger<SymbolOrchestrator>.Instance);
    }

    /// <summary>Deciders over this rig's store and positions, with the rig's exit policy.</summary>
    public DeciderBook Deciders(StrategyFactory strategies, TimeProvider? clock = null, TradingPlan? plan = null, EntryPolicy? entries = null) =>
        new(strategies, entries ?? EntryPolicy.Open, NoModelAiScore.Instance, plan ?? Plan(), ExitPolicy, Store, Positions, clock ?? Time);

    /// <summary>Protective exits over this rig's services, for a strategy that never signals.</summary>
    public CheckProtectiveExits ProtectiveExits(IExchangeStops? exchangeStops = null)
    {
        var deciders = Deciders(_ => new ScriptedStrategy());
        return new(deciders, Store, Prices, Execute, StopKeeper(deciders, exchangeStops, Time), OpenOrders(), Bus, Time);
    }

    /// <summary>The canceller a protective exit runs first, over this rig's store, broker and recorder.</summary>
    public CancelOpenOrders OpenOrders() => new(Store, Broker, Recorder, NullLogger<CancelOpenOrders>.Instance);

    /// <summary>The exchange-stop keeper over this rig's services: off without <paramref name="exchangeStops"/>, on (default policy) with them.</summary>
    public ExchangeStopKeeper StopKeeper(DeciderBook deciders, IExchangeStops? exchangeStops, TimeProvider time) => new(
        exchangeStops ?? NoExchangeStops.Instance,
        exchangeStops is null ? ExchangeStopPolicy.Off : ExchangeStopPolicy.Default,
        deciders,
        Store,
        Positions,
        Broker,
        new FiredStopRecorder(exchangeStops ?? NoExchangeStops.Instance, Store, Recorder, deciders, time, NullLogger<FiredStopRecorder>.Instance),
        Execute,
        time,
        NullLogger<ExchangeStopKeeper>.Instance);

    /// <summary>The reconciliation service over this rig's services (no exchange stops).</summary>
    public ReconcileAccount Reconciliation(TimeProvider? clock = null)
    {
        var time = clock ?? Time;
        var deciders = Deciders(_ => new ScriptedStrategy(), time);
        return new ReconcileAccount(
            Store, Broker, Recorder,
            new FiredStopRecorder(NoExchangeStops.Instance, Store, Recorder, deciders, time, NullLogger<FiredStopRecorder>.Instance),
            Outbox, Bus, time, NullLogger<ReconcileAccount>.Instance);
    }

    public Task<TradeOutcome> BuyAsync(decimal quote = 100m, string intent = TradeIntents.Entry) =>
        Execute.ExecuteAsync(TradeRequest.Buy(BtcUsdt, quote, Prices.Price, intent), CancellationToken.None).AsTask();

    public Task<TradeOutcome> SellAllAsync(string intent = TradeIntents.ExitSignal) =>
        Execute.ExecuteAsync(TradeRequest.SellAll(BtcUsdt, Prices.Price, intent), CancellationToken.None).AsTask();
}
