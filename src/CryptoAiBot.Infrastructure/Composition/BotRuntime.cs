using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Application.Telemetry;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Infrastructure.CrashTesting;
using CryptoAiBot.Infrastructure.Gate.Live;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Infrastructure.Storage;

using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Composition;

/// <summary>
/// The infrastructure that needs asynchronous start-up, opened in a safe order: the instance lock
/// first (so a second process stops before touching the database), then the database with its
/// migrations, then the market data and the broker (a paper account restored from recorded fills).
/// </summary>
public sealed class BotRuntime : IAsyncDisposable
{
    private BotRuntime(
        IInstanceLock instanceLock, ITradingStore store, IMarketData marketData, IBroker broker, GateConnection? live, IDisposable? owned, CrashPlan? crash,
        BotMetrics metrics)
    {
        Metrics = metrics;
        InstanceLock = instanceLock;
        Crash = crash;
        Store = crash is null ? store : new CrashingStore(store, crash);
        MarketData = marketData;
        Broker = crash is null ? broker : new CrashingBroker(broker, crash);
        ExchangeStops = live?.Stops;
        OrderCountdown = live?.Countdown;
        _owned = owned;
    }

    private readonly IDisposable? _owned;

    private int _disposed;

    public IInstanceLock InstanceLock { get; }

    /// <summary>The bot's instruments (latency buckets from METRICS_BUCKETS_MS), shared by the exchange client and the application.</summary>
    public BotMetrics Metrics { get; }

    /// <summary>Where CRASH_AT kills the process (crash tests only); null otherwise.</summary>
    public CrashPlan? Crash { get; }

    public ITradingStore Store { get; }

    public IMarketData MarketData { get; }

    public IBroker Broker { get; }

    /// <summary>Protective stops resting on the exchange: live trading only, null otherwise.</summary>
    public IExchangeStops? ExchangeStops { get; }

    /// <summary>The exchange's countdown cancel-all (the dead man's switch's second line): live trading only, null otherwise.</summary>
    public IOrderCountdown? OrderCountdown { get; }

    /// <param name="settings">Validated settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <param name="databasePath">Overrides <c>DB_PATH</c>, e.g. <c>:memory:</c> for <c>cab smoke</c>.</param>
    /// <param name="logging">How the exchange client logs (its loggers live as long as the runtime); not at all when null.</param>
    public static async Task<Result<BotRuntime>> OpenAsync(
        BotSettings settings, TimeProvider time, CancellationToken cancellationToken, string? databasePath = null, Action<ILoggingBuilder>? logging = null)
    {
        if (settings.Service.EventBusUrl.IsSet)
        {
            return new Error(ErrorCode.Validation, "EVENT_BUS_URL (Redis) is not supported by this version yet; leave it empty for the in-memory bus.");
        }

        var dbPath = databasePath ?? settings.Storage.DbPath;
        var inMemory = dbPath == ":memory:";
        if (!inMemory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(dbPath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        // An in-memory database belongs to this process alone: there is nothing another process could share.
        IInstanceLock instanceLock = inMemory ? new ProcessLocalInstanceLock() : new FileInstanceLock(dbPath + ".lock", time);
        var acquired = await instanceLock.TryAcquireAsync(cancellationToken).ConfigureAwait(false);
        if (!acquired.IsSuccess)
        {
            await instanceLock.DisposeAsync().ConfigureAwait(false);
            return acquired.Error;
        }

        var metrics = new BotMetrics(settings.Service.MetricsBucketsMs);
        try
        {
            var crash = settings.Crash.Step is { } step ? new CrashPlan(step, settings.Crash.Arrival) : null;
            var exchange = await ConnectAsync(settings, time, logging, crash, metrics, cancellationToken).ConfigureAwait(false);
            if (!exchange.IsSuccess)
            {
                metrics.Dispose();
                await instanceLock.DisposeAsync().ConfigureAwait(false);
                return exchange.Error!;
            }

            var connection = exchange.Value;
            var store = await TradingStoreFactory.OpenSqliteAsync(dbPath, time, cancellationToken).ConfigureAwait(false);
            if (settings.Trading.IsLive)
            {
                return new BotRuntime(instanceLock, store, connection!.MarketData, connection.Broker, connection, connection, crash, metrics);
            }

            var marketData = connection?.MarketData ?? CreateMarketData(settings, time);
            var broker = new PaperBroker(marketData, new PaperBrokerOptions(settings.Paper.StartQuote, settings.Paper.FeePct, settings.Trading.Symbols[0].Quote), time);
            broker.RestoreBalances(await PaperAccountRestorer.BalancesAsync(store, settings.Trading.Symbols, settings.Paper.StartQuote, cancellationToken)
                .ConfigureAwait(false));
            return new BotRuntime(instanceLock, store, marketData, broker, null, connection, crash, metrics);
        }
        catch
        {
            metrics.Dispose();
            await instanceLock.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (Store is IAsyncDisposable disposableStore)
        {
            await disposableStore.DisposeAsync().ConfigureAwait(false);
        }

        await InstanceLock.DisposeAsync().ConfigureAwait(false);
        _owned?.Dispose();
        Metrics.Dispose();
    }

    /// <summary>
    /// The Gate.io connection live trading (authenticated) or <c>PRICE_FEED=live</c> (public data only) needs, checked
    /// before anything trades; null for the offline feeds.
    /// </summary>
    private static async Task<Result<GateConnection?>> ConnectAsync(
        BotSettings settings, TimeProvider time, Action<ILoggingBuilder>? logging, CrashPlan? crash, BotMetrics metrics, CancellationToken cancellationToken)
    {
        var live = settings.Trading.IsLive;
        if (!live && settings.Trading.PriceFeed != PriceFeedKind.Live)
        {
            return Result<GateConnection?>.Success(null);
        }

        var connection = GateConnection.Create(settings, live, time, logging, crash, metrics);
        var verified = await connection.VerifyAsync(settings.Trading.Symbols, live, cancellationToken).ConfigureAwait(false);
        if (verified.IsSuccess)
        {
            return connection;
        }

        connection.Dispose();
        return verified.Error!;
    }

    private static IMarketData CreateMarketData(BotSettings settings, TimeProvider time) =>
        settings.Trading.PriceFeed == PriceFeedKind.Fixed
            ? new FixedPriceMarketData(settings.Trading.FixedPrice, time)
            : new MarketSimulator(
                new MarketSimulatorOptions
                {
                    Seed = settings.Paper.SimSeed,
                    StartPrice = settings.Paper.SimStartPrice,
                    CandlePeriod = settings.Paper.SimTick * CandleSteps,
                    StepsPerCandle = CandleSteps,
                    Symbols = settings.Trading.Symbols,
                    MarketTimeframe = Timeframe.Parse(settings.Trading.Timeframe),
                    HistoryCandles = SimulatedHistory(settings),
                },
                time);

    /// <summary>
    /// Enough simulated history for the strategies and, when the trend filter is on, for its longest weighted
    /// timeframe to warm up at once (e.g. 24 weeks of 15m candles).
    /// </summary>
    private static int SimulatedHistory(BotSettings settings)
    {
        const int StrategyHistory = 300;
        var entries = settings.ToEntryPolicy();
        if (!settings.Mtf.Enabled)
        {
            return StrategyHistory;
        }

        var input = Timeframe.Parse(settings.Trading.Timeframe);
        var trend = new TrendFilter(input, entries.TrendWeights, entries.Trend);
        var longest = trend.Timeframes[^1];
        return Math.Max(StrategyHistory, (trend.WarmupCandles + 4) * input.CountIn(longest));
    }

    /// <summary>Simulator steps per candle: a candle lasts two <c>SIM_TICK_MS</c> (2 s by default), so paper trading shows activity within minutes.</summary>
    private const int CandleSteps = 2;
}
