using CryptoAiBot.Application;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Application.Signals;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Infrastructure.Gate.Live;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>
/// The live execution path against the Gate.io simulator over HTTP on 127.0.0.1: the real <see cref="ExecuteTrade"/>,
/// <see cref="SettleOrders"/> and <see cref="TradeRecorder"/> over a SQLite file, with <see cref="GateBroker"/> and
/// <see cref="GateMarketData"/> on a real <see cref="GateExchange"/>. The client and the simulator run on real time (HTTP
/// timeouts and rate-limit windows are what is tested) unless a test hands the simulator its own clock; the application
/// runs on a manual clock so that intents stay in one idempotency bucket and settlement's visibility delay can be passed.
/// The book: BTC_USDT at 60000, asks 60006, 60036, 60066… and bids 59994, 59964… (5 bp apart), 0.01 BTC each.
/// </summary>
internal sealed class GateFaultRig : IAsyncDisposable
{
    public const string Pair = "BTC_USDT";
    public const string Key = "sim-key";
    public const string Secret = "sim-secret";

    private readonly TempDirectory _temp;
    private readonly ServiceProvider _http;
    private readonly ILoggerFactory _loggers;

    private GateFaultRig(
        TempDirectory temp, GateSimulator simulator, CapturedLogs simLogs, ServiceProvider http, GateClientOptions client, TimeProvider brokerClock, ITradingStore store,
        SettlementPolicy? settlement, ExitPolicy? exits)
    {
        _temp = temp;
        _http = http;
        Simulator = simulator;
        SimLogs = simLogs;
        ClientOptions = client;
        _loggers = Logs.Factory();
        Exchange = new GateExchange(
            http.GetRequiredService<IHttpClientFactory>(), client, new GateCredentials(Key, new Secret(Secret)), TimeProvider.System,
            _loggers.CreateLogger<GateExchange>(), Metrics);
        Broker = new GateBroker(Exchange, brokerClock);
        MarketData = new GateMarketData(Exchange);
        Store = store;
        Positions = new PositionBook(store, 0m);
        var outbox = new OutboxPublisher(store, Bus, Time, _loggers.CreateLogger<OutboxPublisher>());
        Exits = exits ?? new ExitPolicy(0m, 0m);
        var recorder = new TradeRecorder(store, Positions, Exits, Time, Metrics);
        Execute = new ExecuteTrade(store, Broker, Positions, recorder, outbox, ExecutionPolicy.Default, Time, _loggers.CreateLogger<ExecuteTrade>(), Metrics);
        Recorder = recorder;
        Settle = new SettleOrders(store, Broker, recorder, Execute, outbox, settlement ?? SettlementPolicy.Default, Time, _loggers.CreateLogger<SettleOrders>());
    }

    public static Symbol Btc { get; } = Symbol.Parse("BTC/USDT");

    public static GateSimulatorOptions DefaultSimulator { get; } = new()
    {
        AutoAdvance = false,
        HistoryDays = 1,
        Seed = 7,
        Pairs = [new() { Id = Pair, Precision = 1, AmountPrecision = 6, MinBaseAmount = 0.00001m, MinQuoteAmount = 3m, StartPrice = 60_000m, LevelSize = 0.01m }],
        Accounts = [new() { Key = Key, Secret = Secret, Balances = new Dictionary<string, decimal> { ["USDT"] = 100_000m } }],
    };

    public GateSimulator Simulator { get; }

    /// <summary>The simulator's own log: faults injected, and every request it received (ASP.NET Core's request log).</summary>
    public CapturedLogs SimLogs { get; }

    /// <summary>The bot's log: the Gate client, execution, settlement.</summary>
    public CapturedLogs Logs { get; } = new();

    public GateClientOptions ClientOptions { get; }

    /// <summary>The instruments the exchange client, execution and the recorder report to (nobody listens unless a test does).</summary>
    public Application.Telemetry.BotMetrics Metrics { get; } = new();

    public GateExchange Exchange { get; }

    public GateBroker Broker { get; }

    public GateMarketData MarketData { get; }

    public ITradingStore Store { get; }

    public PositionBook Positions { get; }

    public ManualTimeProvider Time { get; } = new();

    public ExecuteTrade Execute { get; }

    public SettleOrders Settle { get; }

    public TradeRecorder Recorder { get; }

    /// <summary>Stop-loss and trailing percentages armed after a buy (none unless the test asks).</summary>
    public ExitPolicy Exits { get; }

    public RecordingEventBus Bus { get; } = new();

    public SimLedger Ledger => Simulator.Ledger(Key);

    /// <summary>
    /// Starts the simulator (<paramref name="simulatorClock"/>: its clock, real time by default; the broker's order
    /// finder shares it) and the bot's side. <paramref name="configure"/> and <paramref name="client"/> adjust the defaults.
    /// </summary>
    public static async Task<GateFaultRig> StartAsync(
        Func<GateSimulatorOptions, GateSimulatorOptions>? configure = null,
        Func<GateClientOptions, GateClientOptions>? client = null,
        TimeProvider? simulatorClock = null,
        SettlementPolicy? settlement = null,
        ExitPolicy? exits = null)
    {
        var clock = simulatorClock ?? TimeProvider.System;
        var simLogs = new CapturedLogs();
        var simulator = await GateSimulator.StartAsync(
            configure?.Invoke(DefaultSimulator) ?? DefaultSimulator, clock, logging => logging.AddProvider(simLogs).SetMinimumLevel(LogLevel.Information),
            CancellationToken.None);
        var temp = new TempDirectory();
        var store = await TradingStoreFactory.OpenSqliteAsync(temp.File("trader.sqlite3"), TimeProvider.System, CancellationToken.None);

        // As GateConnection wires it: the client times each request itself.
        var http = new ServiceCollection();
        http.AddHttpClient(GateClientOptions.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        var options = new GateClientOptions
        {
            BaseUrl = simulator.BaseUrl,
            // Long enough that a loaded test machine does not turn a slow answer into a fault no test injected.
            HttpTimeout = TimeSpan.FromSeconds(2.5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            RetryMaxDelay = TimeSpan.FromMilliseconds(100),
            RateLimitBackoff = TimeSpan.FromMilliseconds(100),
            MaxRateLimitWait = TimeSpan.FromSeconds(5),
        };
        return new GateFaultRig(temp, simulator, simLogs, http.BuildServiceProvider(), client?.Invoke(options) ?? options, clock, store, settlement, exits);
    }

    public void Fault(SimFaultRule rule) => Simulator.AddFault(rule);

    /// <summary>Bot-managed protective exits over this rig (no exchange-side stops), with a strategy that never signals.</summary>
    public CheckProtectiveExits ProtectiveExits()
    {
        var plan = new TradingPlan(Timeframe.M1, 100m, RiskLimits.None, 0.2m, CandleLookback: 50);
        var deciders = new DeciderBook(_ => new ScriptedStrategy(), EntryPolicy.Open, NoModelAiScore.Instance, plan, Exits, Store, Positions, Time);
        var keeper = new ExchangeStopKeeper(
            NoExchangeStops.Instance, ExchangeStopPolicy.Off, deciders, Store, Positions, Broker,
            new FiredStopRecorder(NoExchangeStops.Instance, Store, Recorder, deciders, Time, _loggers.CreateLogger<FiredStopRecorder>()),
            Execute, Time, _loggers.CreateLogger<ExchangeStopKeeper>());
        return new CheckProtectiveExits(
            deciders, Store, MarketData, Execute, keeper, new CancelOpenOrders(Store, Broker, Recorder, _loggers.CreateLogger<CancelOpenOrders>()), Bus, Time);
    }

    public Task<TradeOutcome> BuyAsync(decimal quote, string intent = TradeIntents.Entry) =>
        Execute.ExecuteAsync(TradeRequest.Buy(Btc, quote, Simulator.LastPrice(Pair), intent), CancellationToken.None).AsTask();

    public Task<TradeOutcome> SellAllAsync() =>
        Execute.ExecuteAsync(TradeRequest.SellAll(Btc, Simulator.LastPrice(Pair), TradeIntents.ExitSignal), CancellationToken.None).AsTask();

    /// <summary>Settles once the broker's visibility delay has passed on the application clock.</summary>
    public Task<int> SettleAfterVisibilityDelayAsync()
    {
        Time.Advance(Broker.NewOrderVisibilityDelay + TimeSpan.FromSeconds(1));
        return Settle.SettleAsync(Btc, null, CancellationToken.None);
    }

    /// <summary>The simulator's orders placed with our client order id (its <c>text</c>).</summary>
    public IReadOnlyList<SimOrder> SimOrders(ClientOrderId id) => [.. Ledger.Orders.Where(o => o.Text == GateClientOrderText.Prefix + id.Value)];

    public IReadOnlyList<SimTrade> SimTrades(string orderId) => [.. Ledger.Trades.Where(t => t.OrderId == orderId)];

    /// <summary>Requests the simulator received for <paramref name="method"/> and a path under <c>/api/v4</c> (prefix), from its request log.</summary>
    public IReadOnlyList<LogEntry> SimRequests(string method, string path) =>
        [.. SimLogs.Entries.Where(e => e.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.EventId.Id == 1
            && e.Message.Contains($" {method} {Simulator.BaseUrl}{path}", StringComparison.Ordinal))];

    /// <summary>Answers the simulator gave with <paramref name="status"/> to <paramref name="method"/> on a path under <c>/api/v4</c> (prefix).</summary>
    public IReadOnlyList<LogEntry> SimAnswers(string method, string path, int status) =>
        [.. SimLogs.Entries.Where(e => e.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.EventId.Id == 2
            && e.Message.Contains($" {method} {Simulator.BaseUrl}{path}", StringComparison.Ordinal)
            && e.Message.Contains($" - {status} ", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        Exchange.Dispose();
        await _http.DisposeAsync();
        _loggers.Dispose();
        Metrics.Dispose();
        if (Store is IAsyncDisposable store)
        {
            await store.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        _temp.Dispose();
    }
}
