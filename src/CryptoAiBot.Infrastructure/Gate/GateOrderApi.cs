using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Spot orders and our trades. Placing quantizes against the market and refuses locally what Gate would refuse.</summary>
internal sealed class GateOrderApi(GateRestClient client, GateMarkets markets, GateClientOptions options)
{
    private string Account => options.Account;

    public Task<Result<GateOrder>> CreateMarketBuyAsync(Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        PlaceAsync(
            symbol, clientOrderId, market => WithoutPrice(GateOrderGuard.MarketBuy(market, quoteAmount)),
            GateOrderType.Market, OrderSide.Buy, GateTimeInForce.Ioc, cancellationToken);

    public Task<Result<GateOrder>> CreateMarketSellAsync(
        Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, decimal? referencePrice, CancellationToken cancellationToken) =>
        PlaceAsync(
            symbol, clientOrderId, market => WithoutPrice(GateOrderGuard.MarketSell(market, baseAmount, referencePrice)),
            GateOrderType.Market, OrderSide.Sell, GateTimeInForce.Ioc, cancellationToken);

    public Task<Result<GateOrder>> CreateLimitOrderAsync(
        Symbol symbol, OrderSide side, decimal baseAmount, decimal price, ClientOrderId clientOrderId, GateTimeInForce? timeInForce, CancellationToken cancellationToken) =>
        PlaceAsync(
            symbol,
            clientOrderId,
            market =>
            {
                var sized = GateOrderGuard.AtPrice(market, side, baseAmount, price);
                return sized.IsSuccess ? (sized.Value.Amount, sized.Value.Price) : sized.Error;
            },
            GateOrderType.Limit, side, timeInForce, cancellationToken);

    public Task<Result<GateOrder>> FetchOrderAsync(Symbol symbol, string pathId, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.Order(symbol, pathId, Account), GateOrderParser.Parse, "order", cancellationToken);

    public Task<Result<GateOrder>> CancelOrderAsync(Symbol symbol, string pathId, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.CancelOrder(symbol, pathId, Account), GateOrderParser.Parse, "cancel order", cancellationToken);

    public Task<Result<IReadOnlyList<GateOrder>>> CancelAllOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.CancelAllOrders(symbol, Account), GateOrderParser.ParseList, "cancel all orders", cancellationToken);

    public Task<Result<IReadOnlyList<GateOrder>>> FetchOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.OpenOrders(symbol, Account), root => GateOrderParser.ParseOpenOrders(root, symbol), "open orders", cancellationToken);

    public Task<Result<IReadOnlyList<GateOrder>>> FetchClosedOrdersAsync(
        Symbol symbol, DateTimeOffset? from, DateTimeOffset? to, int? limit, int? page, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.ClosedOrders(symbol, Account, from, to, limit, page), GateOrderParser.ParseList, "closed orders", cancellationToken);

    public Task<Result<IReadOnlyList<GateTrade>>> FetchMyTradesAsync(Symbol symbol, GateTradeQuery query, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.MyTrades(symbol, Account, query), root => GateTradeParser.ParseList(root, symbol), "my trades", cancellationToken);

    public async Task<Result<DateTimeOffset?>> CountdownCancelAllAsync(Symbol symbol, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout < TimeSpan.Zero || timeout.Ticks % TimeSpan.TicksPerSecond != 0 || timeout.TotalSeconds > int.MaxValue)
        {
            return new Error(ErrorCode.Validation, $"Countdown {timeout} must be whole seconds, 0 to disarm.");
        }

        var armed = await client.SendAsync(
            GatePrivateRequests.CountdownCancelAll(symbol, (int)timeout.TotalSeconds),
            root => GateJson.OptionalMilliseconds(root, "countdown", "triggerTime"),
            "countdown cancel all",
            cancellationToken).ConfigureAwait(false);
        return armed;
    }

    private static Result<(decimal Amount, decimal? Price)> WithoutPrice(Result<decimal> amount) =>
        amount.IsSuccess ? (amount.Value, null) : amount.Error;

    private async Task<Result<GateOrder>> PlaceAsync(
        Symbol symbol,
        ClientOrderId clientOrderId,
        Func<GateMarket, Result<(decimal Amount, decimal? Price)>> quantize,
        GateOrderType type,
        OrderSide side,
        GateTimeInForce? timeInForce,
        CancellationToken cancellationToken)
    {
        var text = GateClientOrderText.From(clientOrderId);
        if (!text.IsSuccess)
        {
            return text.Error;
        }

        var market = await markets.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!market.IsSuccess)
        {
            return market.Error;
        }

        var sized = quantize(market.Value);
        if (!sized.IsSuccess)
        {
            return sized.Error;
        }

        var request = GatePlacementRequests.Spot(symbol, type, side, sized.Value.Amount, sized.Value.Price, timeInForce, Account, text.Value);
        return await client.SendAsync(request, GateOrderParser.Parse, "order", cancellationToken).ConfigureAwait(false);
    }
}
