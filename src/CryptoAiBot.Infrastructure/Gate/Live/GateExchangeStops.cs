using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// Exchange-side protective stops on Gate.io: a spot price-triggered order (<c>/spot/price_orders</c>, rule <c>&lt;=</c>,
/// account <c>normal</c>) that places a market sell (<c>ioc</c>) of the base amount when the last price falls to the
/// trigger. A trigger at or above the last price is not sent (Gate would refuse it as already through the market):
/// the caller is told so and sells at once. Stops live <see cref="Expiration"/> on Gate; the keeper places an expired
/// one again.
/// </summary>
public sealed class GateExchangeStops(GateExchange exchange, GateBroker broker) : IExchangeStops
{
    /// <summary>How long a stop waits for its trigger on Gate (ccxt's default); the keeper re-places it when it lapses.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromDays(1);

    public async Task<Result<ExchangeStopReport>> PlaceAsync(Symbol symbol, decimal baseAmount, decimal triggerPrice, CancellationToken cancellationToken)
    {
        var ticker = await exchange.FetchTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return ticker.Error!;
        }

        if (triggerPrice >= ticker.Value.Last)
        {
            return new ExchangeStopReport("", ExchangeStopState.ThroughMarket);
        }

        // Gate requires a price even on a market order; the trigger is the honest one to state.
        var request = new GatePriceOrderRequest(
            symbol, triggerPrice, GateTriggerRule.AtOrBelow, Expiration, GateOrderType.Market, OrderSide.Sell, triggerPrice, baseAmount, GateTimeInForce.Ioc);
        var placed = await exchange.CreatePriceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        return placed.IsSuccess ? new ExchangeStopReport(placed.Value, ExchangeStopState.Open) : placed.Error!;
    }

    public async Task<Result<ExchangeStopReport>> GetAsync(Symbol symbol, string stopId, CancellationToken cancellationToken)
    {
        var order = await exchange.FetchPriceOrderAsync(stopId, cancellationToken).ConfigureAwait(false);
        return order.IsSuccess ? Report(order.Value) : order.Error!;
    }

    public async Task<Result<ExchangeStopReport>> CancelAsync(Symbol symbol, string stopId, CancellationToken cancellationToken)
    {
        var cancelled = await exchange.CancelPriceOrderAsync(stopId, cancellationToken).ConfigureAwait(false);
        if (cancelled.IsSuccess)
        {
            return Report(cancelled.Value);
        }

        // Gate refuses to cancel what already finished: whether it fired or lapsed, its state says.
        return cancelled.Error!.Code == ErrorCode.NotFound ? cancelled.Error : await GetAsync(symbol, stopId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<BrokerOrder>> GetFiredOrderAsync(Symbol symbol, string stopId, ClientOrderId recordAs, CancellationToken cancellationToken)
    {
        var stop = await exchange.FetchPriceOrderAsync(stopId, cancellationToken).ConfigureAwait(false);
        if (!stop.IsSuccess)
        {
            return stop.Error!;
        }

        if (stop.Value is not { Status: GatePriceOrderStatus.Finished, FiredOrderId: { Length: > 0 } firedId } || firedId == "0")
        {
            return new Error(ErrorCode.NotFound, $"Gate.io stop {stopId} has placed no order (status {stop.Value.Status}).");
        }

        return await broker.ReportAsync(symbol, firedId, recordAs, cancellationToken).ConfigureAwait(false);
    }

    private static Result<ExchangeStopReport> Report(GatePriceOrder order) => new ExchangeStopReport(order.Id, order.Status switch
    {
        GatePriceOrderStatus.Open => ExchangeStopState.Open,
        GatePriceOrderStatus.Finished => ExchangeStopState.Fired,
        GatePriceOrderStatus.Cancelled => ExchangeStopState.Cancelled,
        GatePriceOrderStatus.Expired => ExchangeStopState.Expired,
        GatePriceOrderStatus.Failed => ExchangeStopState.Failed,
        _ => ExchangeStopState.Open,
    });
}
