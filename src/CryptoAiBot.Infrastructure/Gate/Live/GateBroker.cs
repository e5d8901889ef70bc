using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// The broker port on Gate.io spot. Amounts are quantized and minimums checked by the client before anything is sent.
/// A placement whose outcome is unknown (timeout, dropped connection, server error) is never sent again: the order is
/// looked for by its client order id (<see cref="GateOrderFinder"/>); found, it is reported as placed; not found, the
/// unknown outcome is returned so <c>ExecuteTrade</c> records it and settlement resolves it later. Fills come from
/// the order's trades (<see cref="GateBrokerOrders"/>).
/// </summary>
public sealed class GateBroker : IBroker
{
    private readonly GateExchange _exchange;
    private readonly GateBrokerOrders _reports;
    private readonly GateOrderFinder _finder;
    private readonly GateAccountHistory _history;
    private readonly TimeProvider _time;

    /// <param name="exchange">The Gate client.</param>
    /// <param name="time">The clock.</param>
    /// <param name="newOrderVisibility">
    /// How long a new order may stay invisible to lookups; Gate takes up to about 10 seconds (facts.md §3.8), so twice
    /// that by default. A simulator shows orders at once.
    /// </param>
    public GateBroker(GateExchange exchange, TimeProvider time, TimeSpan? newOrderVisibility = null)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        NewOrderVisibilityDelay = newOrderVisibility ?? DefaultNewOrderVisibility;
        _exchange = exchange;
        _reports = new GateBrokerOrders(exchange);
        _finder = new GateOrderFinder(exchange, time);
        _history = new GateAccountHistory(exchange, time);
        _time = time;
    }

    public TimeSpan? ClockOffset => _exchange.ServerNow - _time.GetUtcNow();

    public async ValueTask<Result<InstrumentRules>> GetInstrumentRulesAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var market = await _exchange.FetchMarketAsync(symbol, cancellationToken).ConfigureAwait(false);
        return market.IsSuccess ? market.Value.ToInstrumentRules() : market.Error!;
    }

    public async ValueTask<Result<BrokerOrder>> PlaceMarketBuyAsync(
        Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        await SettleAsync(
            symbol, clientOrderId, await _exchange.CreateMarketBuyAsync(symbol, quoteAmount, clientOrderId, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    public async ValueTask<Result<BrokerOrder>> PlaceMarketSellAsync(
        Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        await SettleAsync(
            symbol, clientOrderId, await _exchange.CreateMarketSellAsync(symbol, baseAmount, clientOrderId, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    public async Task<Result<BrokerOrder>> GetOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        var found = await _finder.FindAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false);
        return found.IsSuccess ? await _reports.ReportAsync(found.Value, clientOrderId, cancellationToken).ConfigureAwait(false) : found.Error!;
    }

    /// <summary>
    /// Cancels by <c>text</c>, then reports the order with its trades. Gate answers ORDER_CLOSED / ORDER_CANCELLED
    /// (our Conflict) or not-found-by-text for an order already finished: then its final report is looked up.
    /// </summary>
    public async Task<Result<BrokerOrder>> CancelOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        var cancelled = await _exchange.CancelOrderAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false);
        if (cancelled.IsSuccess)
        {
            return await _reports.ReportAsync(cancelled.Value, clientOrderId, cancellationToken).ConfigureAwait(false);
        }

        return cancelled.Error!.Code is ErrorCode.Conflict or ErrorCode.NotFound
            ? await GetOrderAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false)
            : cancelled.Error!;
    }

    /// <summary>Gate may not show a just-created order for up to about 10 seconds (facts.md §3.8); twice that, to be sure.</summary>
    public static readonly TimeSpan DefaultNewOrderVisibility = TimeSpan.FromSeconds(20);

    public TimeSpan NewOrderVisibilityDelay { get; }

    /// <summary>The order Gate knows by <paramref name="exchangeOrderId"/> (e.g. one a stop placed), reported under <paramref name="recordAs"/>.</summary>
    public async Task<Result<BrokerOrder>> ReportAsync(Symbol symbol, string exchangeOrderId, ClientOrderId recordAs, CancellationToken cancellationToken)
    {
        var order = await _exchange.FetchOrderAsync(symbol, exchangeOrderId, cancellationToken).ConfigureAwait(false);
        return order.IsSuccess ? await _reports.ReportAsync(order.Value, recordAs, cancellationToken).ConfigureAwait(false) : order.Error!;
    }

    public async ValueTask<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        await _exchange.FetchBalanceAsync(cancellationToken).ConfigureAwait(false);

    public Task<Result<IReadOnlyList<ExchangeOpenOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        _history.OpenOrdersAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken) =>
        _history.TradesAsync(symbol, since, cancellationToken);

    private async Task<Result<BrokerOrder>> SettleAsync(Symbol symbol, ClientOrderId clientOrderId, Result<GateOrder> placed, CancellationToken cancellationToken)
    {
        if (placed.IsSuccess)
        {
            return await _reports.ReportAsync(placed.Value, clientOrderId, cancellationToken).ConfigureAwait(false);
        }

        if (!GateOutcome.IsUnknown(placed.Error))
        {
            return placed.Error!;
        }

        // The request may have reached Gate: look, never send again. Still unknown when Gate cannot say.
        var found = await _finder.FindAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false);
        return found.IsSuccess ? await _reports.ReportAsync(found.Value, clientOrderId, cancellationToken).ConfigureAwait(false) : placed.Error!;
    }
}
