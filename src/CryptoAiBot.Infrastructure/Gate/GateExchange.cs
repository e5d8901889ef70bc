using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate.io spot REST v4, shaped like ccxt's unified API. Every call returns a <see cref="Result{T}"/>: failures are error
/// values with an <see cref="ErrorCode"/>, never exceptions (the caller's own cancellation excepted). Placing calls
/// quantize to the market's precision and refuse locally what is below its minimums; they are sent once and never
/// retried, and <see cref="ErrorCode.Unknown"/> from them means outcome unknown (<see cref="GateOutcome"/>). Fills are
/// read from an order's filled amounts and from <see cref="FetchMyTradesAsync"/> (<see cref="GateFills"/>), never from
/// its status.
/// </summary>
public sealed class GateExchange : IDisposable
{
    private readonly GateRestClient _client;
    private readonly GateMarkets _markets;
    private readonly GateMarketDataApi _marketData;
    private readonly GateOrderApi _orders;
    private readonly GatePriceOrderApi _priceOrders;

    public GateExchange(IHttpClientFactory httpClients, GateClientOptions options, GateCredentials? credentials, TimeProvider timeProvider, ILogger<GateExchange> logger,
        Application.Telemetry.BotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _client = new GateRestClient(httpClients, options, credentials, timeProvider, logger, metrics);
        _markets = new GateMarkets(_client, options, timeProvider, logger);
        _marketData = new GateMarketDataApi(_client, options);
        _orders = new GateOrderApi(_client, _markets, options);
        _priceOrders = new GatePriceOrderApi(_client, _markets, options);
    }

    /// <summary>Gate's clock now, as estimated from the last <c>/spot/time</c> measurement.</summary>
    public DateTimeOffset ServerNow => _client.Clock.ServerNow;

    /// <summary>Gate's time; also re-measures the offset that signed timestamps use.</summary>
    public Task<Result<DateTimeOffset>> FetchServerTimeAsync(CancellationToken cancellationToken) => _client.MeasureClockAsync(cancellationToken);

    public Task<Result<GateMarketList>> LoadMarketsAsync(bool reload, CancellationToken cancellationToken) => _markets.LoadAsync(reload, cancellationToken);

    public Task<Result<GateMarket>> FetchMarketAsync(Symbol symbol, CancellationToken cancellationToken) => _markets.GetAsync(symbol, cancellationToken);

    public Task<Result<GateTicker>> FetchTickerAsync(Symbol symbol, CancellationToken cancellationToken) => _marketData.FetchTickerAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<GateTicker>>> FetchTickersAsync(CancellationToken cancellationToken) => _marketData.FetchTickersAsync(cancellationToken);

    public Task<Result<GateOrderBook>> FetchOrderBookAsync(Symbol symbol, int? limit, CancellationToken cancellationToken) =>
        _marketData.FetchOrderBookAsync(symbol, limit, cancellationToken);

    public Task<Result<IReadOnlyList<GateTrade>>> FetchTradesAsync(Symbol symbol, int? limit, CancellationToken cancellationToken) =>
        _marketData.FetchTradesAsync(symbol, limit, cancellationToken);

    /// <summary>
    /// Candles oldest first. With <paramref name="since"/>: from there, up to <paramref name="limit"/> or
    /// <paramref name="until"/> (one 1000-candle window when neither is given, as ccxt). Without: the latest
    /// <paramref name="limit"/> (1000 when null). Only closed candles unless <paramref name="includeOpen"/>.
    /// </summary>
    public Task<Result<IReadOnlyList<Candle>>> FetchOhlcvAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset? since, DateTimeOffset? until, int? limit, bool includeOpen, CancellationToken cancellationToken) =>
        _marketData.FetchOhlcvAsync(symbol, timeframe, since, until, limit, includeOpen, cancellationToken);

    public Task<Result<IReadOnlyList<Balance>>> FetchBalanceAsync(CancellationToken cancellationToken) =>
        _client.SendAsync(GatePrivateRequests.Balances(), GateBalanceParser.ParseList, "balances", cancellationToken);

    /// <summary>Market buy spending <paramref name="quoteAmount"/> (rounded down to the price precision), IOC.</summary>
    public Task<Result<GateOrder>> CreateMarketBuyAsync(Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        _orders.CreateMarketBuyAsync(symbol, quoteAmount, clientOrderId, cancellationToken);

    /// <summary>Market sell of <paramref name="baseAmount"/> (rounded down), IOC; the minimum notional is checked when <paramref name="referencePrice"/> is given.</summary>
    public Task<Result<GateOrder>> CreateMarketSellAsync(
        Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, decimal? referencePrice, CancellationToken cancellationToken) =>
        _orders.CreateMarketSellAsync(symbol, baseAmount, clientOrderId, referencePrice, cancellationToken);

    public Task<Result<GateOrder>> CreateMarketSellAsync(Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        _orders.CreateMarketSellAsync(symbol, baseAmount, clientOrderId, null, cancellationToken);

    /// <summary>Limit order of <paramref name="baseAmount"/> at <paramref name="price"/>; no time in force sends Gate's default (gtc).</summary>
    public Task<Result<GateOrder>> CreateLimitOrderAsync(
        Symbol symbol, OrderSide side, decimal baseAmount, decimal price, ClientOrderId clientOrderId, GateTimeInForce? timeInForce, CancellationToken cancellationToken) =>
        _orders.CreateLimitOrderAsync(symbol, side, baseAmount, price, clientOrderId, timeInForce, cancellationToken);

    public Task<Result<GateOrder>> CreateLimitOrderAsync(
        Symbol symbol, OrderSide side, decimal baseAmount, decimal price, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        _orders.CreateLimitOrderAsync(symbol, side, baseAmount, price, clientOrderId, null, cancellationToken);

    public Task<Result<GateOrder>> FetchOrderAsync(Symbol symbol, string orderId, CancellationToken cancellationToken) =>
        _orders.FetchOrderAsync(symbol, orderId, cancellationToken);

    /// <summary>By client order id (<c>t-…</c> as the path id): Gate finds it while open and for about an hour after.</summary>
    public Task<Result<GateOrder>> FetchOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        ByClientId(clientOrderId, text => _orders.FetchOrderAsync(symbol, text, cancellationToken));

    public Task<Result<GateOrder>> CancelOrderAsync(Symbol symbol, string orderId, CancellationToken cancellationToken) =>
        _orders.CancelOrderAsync(symbol, orderId, cancellationToken);

    public Task<Result<GateOrder>> CancelOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        ByClientId(clientOrderId, text => _orders.CancelOrderAsync(symbol, text, cancellationToken));

    public Task<Result<IReadOnlyList<GateOrder>>> CancelAllOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        _orders.CancelAllOrdersAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<GateOrder>>> FetchOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        _orders.FetchOpenOrdersAsync(symbol, cancellationToken);

    /// <summary>Finished orders; the range applies to the finish time.</summary>
    public Task<Result<IReadOnlyList<GateOrder>>> FetchClosedOrdersAsync(
        Symbol symbol, DateTimeOffset? from, DateTimeOffset? to, int? limit, int? page, CancellationToken cancellationToken) =>
        _orders.FetchClosedOrdersAsync(symbol, from, to, limit, page, cancellationToken);

    public Task<Result<IReadOnlyList<GateOrder>>> FetchClosedOrdersAsync(Symbol symbol, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        _orders.FetchClosedOrdersAsync(symbol, from, to, null, null, cancellationToken);

    public Task<Result<IReadOnlyList<GateTrade>>> FetchMyTradesAsync(Symbol symbol, GateTradeQuery query, CancellationToken cancellationToken) =>
        _orders.FetchMyTradesAsync(symbol, query ?? new GateTradeQuery(), cancellationToken);

    /// <summary>Arms Gate's dead man's switch for the pair (cancel all its orders unless re-armed within <paramref name="timeout"/>); zero disarms. Returns when it fires.</summary>
    public Task<Result<DateTimeOffset?>> CountdownCancelAllAsync(Symbol symbol, TimeSpan timeout, CancellationToken cancellationToken) =>
        _orders.CountdownCancelAllAsync(symbol, timeout, cancellationToken);

    /// <summary>Places a price-triggered order; returns its id.</summary>
    public Task<Result<string>> CreatePriceOrderAsync(GatePriceOrderRequest order, CancellationToken cancellationToken) =>
        _priceOrders.CreateAsync(order ?? throw new ArgumentNullException(nameof(order)), cancellationToken);

    public Task<Result<GatePriceOrder>> FetchPriceOrderAsync(string id, CancellationToken cancellationToken) => _priceOrders.FetchAsync(id, cancellationToken);

    public Task<Result<IReadOnlyList<GatePriceOrder>>> FetchOpenPriceOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        _priceOrders.FetchListAsync(symbol, open: true, cancellationToken);

    public Task<Result<IReadOnlyList<GatePriceOrder>>> FetchClosedPriceOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        _priceOrders.FetchListAsync(symbol, open: false, cancellationToken);

    public Task<Result<GatePriceOrder>> CancelPriceOrderAsync(string id, CancellationToken cancellationToken) => _priceOrders.CancelAsync(id, cancellationToken);

    public Task<Result<IReadOnlyList<GatePriceOrder>>> CancelAllPriceOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        _priceOrders.CancelAllAsync(symbol, cancellationToken);

    public void Dispose()
    {
        _markets.Dispose();
        _client.Dispose();
    }

    private static Task<Result<GateOrder>> ByClientId(ClientOrderId clientOrderId, Func<string, Task<Result<GateOrder>>> call)
    {
        var text = GateClientOrderText.From(clientOrderId);
        return text.IsSuccess ? call(text.Value) : Task.FromResult<Result<GateOrder>>(text.Error);
    }
}
