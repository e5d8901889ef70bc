using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Infrastructure.Paper;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Infrastructure.Storage;

namespace CryptoAiBot.Infrastructure.Composition;

/// <summary>
/// The infrastructure that needs asynchronous start-up, opened in a safe order: the instance lock
/// first (so a second process stops before touching the database), then the database with its
/// migrations, then the market data and the broker (a paper account restored from recorded fills).
/// </summary>
public sealed class BotRuntime : IAsyncDisposable
{
    private BotRuntime(IInstanceLock instanceLock, ITradingStore store, IMarketData marketData, IBroker broker)
    {
        InstanceLock = instanceLock;
        Store = store;
        MarketData = marketData;
        Broker = broker;
    }

    private int _disposed;

    public IInstanceLock InstanceLock { get; }

    public ITradingStore Store { get; }

    public IMarketData MarketData { get; }

    public IBroker Broker { get; }

    /// <param name="settings">Validated settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <param name="databasePath">Overrides <c>DB_PATH</c>, e.g. <c>:memory:</c> for <c>cab smoke</c>.</param>
    public static async Task<Result<BotRuntime>> OpenAsync(
        BotSettings settings, TimeProvider time, CancellationToken cancellationToken, string? databasePath = null)
    {
        if (settings.Trading.IsLive || settings.Trading.PriceFeed == PriceFeedKind.Live)
        {
            return new Error(
                ErrorCode.Validation,
                "MODE=live and PRICE_FEED=live need the Gate.io client, which this version does not include yet; use MODE=paper with PRICE_FEED=sim or fixed.");
        }

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

        try
        {
            var store = await TradingStoreFactory.OpenSqliteAsync(dbPath, time, cancellationToken).ConfigureAwait(false);
            var marketData = CreateMarketData(settings, time);
            var broker = new PaperBroker(marketData, new PaperBrokerOptions(settings.Paper.StartQuote, settings.Paper.FeePct, settings.Trading.Symbols[0].Quote), time);
            broker.RestoreBalances(await PaperAccountRestorer.BalancesAsync(store, settings.Trading.Symbols, settings.Paper.StartQuote, cancellationToken)
                .ConfigureAwait(false));
            return new BotRuntime(instanceLock, store, marketData, broker);
        }
        catch
        {
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
