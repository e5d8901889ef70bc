using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Infrastructure.Paper;
using Microsoft.Extensions.Logging.Abstractions;

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
        Recorder = new TradeRecorder(store, exits ?? new ExitPolicy(2m, 1m), Time);
        Execute = new ExecuteTrade(store, Broker, Recorder, Outbox, policy ?? ExecutionPolicy.Default, Time, NullLogger<ExecuteTrade>.Instance);
        Settle = new SettleOrders(store, Broker, Recorder, Outbox, NullLogger<SettleOrders>.Instance);
    }

    public static Symbol BtcUsdt { get; } = Symbol.Parse("BTC/USDT");

    public ITradingStore Store { get; }

    public ManualTimeProvider Time { get; }

    public ControllableMarketData Prices { get; }

    public PaperBroker Paper { get; }

    public FaultInjectingBroker Broker { get; }

    public RecordingEventBus Bus { get; }

    public OutboxPublisher Outbox { get; }

    public TradeRecorder Recorder { get; }

    public ExecuteTrade Execute { get; }

    public SettleOrders Settle { get; }

    public Task<TradeOutcome> BuyAsync(decimal quote = 100m, string intent = TradeIntents.Entry) =>
        Execute.ExecuteAsync(TradeRequest.Buy(BtcUsdt, quote, Prices.Price, intent), CancellationToken.None);

    public Task<TradeOutcome> SellAllAsync(string intent = TradeIntents.ExitSignal) =>
        Execute.ExecuteAsync(TradeRequest.SellAll(BtcUsdt, Prices.Price, intent), CancellationToken.None);
}
