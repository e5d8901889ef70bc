using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Spot price-triggered orders. They carry no client order id (Gate's <c>put.text</c> is a source tag), so when a
/// placement's outcome is unknown the caller lists the pair's open price orders to find it.
/// </summary>
internal sealed class GatePriceOrderApi(GateRestClient client, GateMarkets markets, GateClientOptions options)
{
    private string PutAccount => GatePlacementRequests.PriceOrderAccount(options.Account);

    /// <summary>Places the order and returns its id.</summary>
    public async Task<Result<string>> CreateAsync(GatePriceOrderRequest order, CancellationToken cancellationToken)
    {
        var market = await markets.GetAsync(order.Symbol, cancellationToken).ConfigureAwait(false);
        if (!market.IsSuccess)
        {
            return market.Error;
        }

        var sized = GateOrderGuard.PriceOrder(market.Value, order);
        if (!sized.IsSuccess)
        {
            return sized.Error;
        }

        return await client.SendAsync(
            GatePlacementRequests.PriceOrder(sized.Value, PutAccount), GatePriceOrderParser.ParseCreated, "price order", cancellationToken).ConfigureAwait(false);
    }

    public Task<Result<GatePriceOrder>> FetchAsync(string id, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.PriceOrder(id), GatePriceOrderParser.Parse, "price order", cancellationToken);

    public Task<Result<IReadOnlyList<GatePriceOrder>>> FetchListAsync(Symbol symbol, bool open, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.PriceOrders(symbol, open), GatePriceOrderParser.ParseList, "price orders", cancellationToken);

    public Task<Result<GatePriceOrder>> CancelAsync(string id, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.CancelPriceOrder(id), GatePriceOrderParser.Parse, "cancel price order", cancellationToken);

    public Task<Result<IReadOnlyList<GatePriceOrder>>> CancelAllAsync(Symbol symbol, CancellationToken cancellationToken) =>
        client.SendAsync(GatePrivateRequests.CancelAllPriceOrders(symbol, PutAccount), GatePriceOrderParser.ParseList, "cancel price orders", cancellationToken);
}
