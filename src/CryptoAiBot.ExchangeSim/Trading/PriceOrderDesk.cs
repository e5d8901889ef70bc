using System.Globalization;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// Spot price-triggered orders (<c>/spot/price_orders</c>). A trigger already through the market at creation is
/// refused as Gate does. On every price move of its market an open order whose rule the last price satisfies
/// places its <c>put</c> as a spot order (a market put is IOC) and becomes <c>finish</c> with
/// <c>fired_order_id</c>, or <c>failed</c> when that order is rejected; after <c>expiration</c> seconds it is <c>expired</c>.
/// </summary>
internal sealed class PriceOrderDesk(IReadOnlyDictionary<string, PairMarket> markets, SpotDesk spot, IdSequence ids)
{
    private readonly List<PriceOrder> _orders = [];

    public IReadOnlyList<PriceOrder> All => _orders;

    public GateResult<PriceOrder> Create(SimAccount account, PriceOrderRequest request, DateTimeOffset now)
    {
        if (request.Market is null || !markets.TryGetValue(request.Market, out var market))
        {
            return request.Market is null ? GateError.MissingParam("market") : GateError.InvalidPair(request.Market);
        }

        var pair = market.Rules;
        if (request.Rule is not (">=" or "<="))
        {
            return new GateError(400, "INVALID_PARAM_VALUE", "invalid argument: Trigger.rule");
        }

        if (request.Expiration is not > 0)
        {
            return new GateError(400, "INVALID_PARAM_VALUE", "invalid argument: trigger.expiration invalid range");
        }

        var type = request.PutType ?? "limit";
        var side = request.PutSide;
        var putAccount = request.PutAccount ?? "normal";
        var timeInForce = request.PutTimeInForce ?? "gtc";
        if (side is not ("buy" or "sell"))
        {
            return GateError.InvalidParam("put.side", side);
        }

        var invalid = type is not ("limit" or "market") ? GateError.InvalidParam("put.type", type)
            : putAccount is not ("normal" or "unified") ? GateError.InvalidParam("put.account", putAccount)
            : timeInForce is not ("gtc" or "ioc") ? GateError.InvalidParam("put.time_in_force", timeInForce)
            : null;
        if (invalid is not null)
        {
            return invalid;
        }

        var trigger = OrderValidator.ParsePositive("trigger.price", request.TriggerPrice, pair.Precision);
        var amount = OrderValidator.ParsePositive("put.amount", request.PutAmount, type == "market" && side == "buy" ? pair.Precision : pair.AmountPrecision);
        // The schema wants put.price even for market puts; a market put never uses it, so there it may be absent or "0".
        GateResult<decimal> price = type == "market" && (request.PutPrice is null || decimal.TryParse(request.PutPrice, CultureInfo.InvariantCulture, out var zero) && zero == 0)
            ? 0m
            : OrderValidator.ParsePositive("put.price", request.PutPrice, pair.Precision);
        if ((trigger.Error ?? amount.Error ?? price.Error) is { } parseError)
        {
            return parseError;
        }

        if (request.Rule == ">=" && trigger.Value <= market.Last)
        {
            return new GateError(400, "AUTO_TRIGGER_PRICE_GREATE_LAST", "invalid argument: Trigger.Price must > last_price");
        }

        if (request.Rule == "<=" && trigger.Value >= market.Last)
        {
            return new GateError(400, "AUTO_TRIGGER_PRICE_LESS_LAST", "invalid argument: Trigger.Price must < last_price");
        }

        var put = new PricePut(type, side, price.Value, amount.Value, putAccount, timeInForce, request.PutText ?? "api");
        var order = new PriceOrder(ids.NextPriceOrder(), account, pair.Id, trigger.Value, request.Rule, request.Expiration.Value, put, now);
        _orders.Add(order);
        return order;
    }

    public GateResult<PriceOrder> Find(SimAccount account, string id) =>
        _orders.FirstOrDefault(o => o.Account == account && o.Id.ToString(CultureInfo.InvariantCulture) == id) is { } order
            ? order
            : new GateError(404, "ORDER_NOT_FOUND", $"Order with ID {id} not found");

    /// <summary>Cancelling an order that already finished returns it unchanged.</summary>
    public PriceOrder Cancel(PriceOrder order, DateTimeOffset now)
    {
        if (order.IsOpen)
        {
            order.Finish("cancelled", "", null, now);
        }

        return order;
    }

    /// <summary>Fires the open orders of <paramref name="market"/> that its new last price triggers; returns them.</summary>
    public IReadOnlyList<PriceOrder> OnPriceMove(PairMarket market, DateTimeOffset now)
    {
        var fired = _orders.Where(o => o.IsOpen && o.Market == market.Rules.Id && now < o.ExpiresAt && o.IsTriggeredBy(market.Last)).ToList();
        foreach (var order in fired)
        {
            var put = order.Put;
            var request = new OrderRequest(
                order.Market, put.Type, put.Side, Text(put.Amount), put.Type == "market" ? null : Text(put.Price),
                put.Type == "market" ? "ioc" : put.TimeInForce, "spot", null);
            var valid = OrderValidator.Validate(request, markets);
            var placed = valid.Failed ? valid.Error : spot.Place(order.Account, valid.Value, now);
            if (placed.Failed)
            {
                order.Finish("failed", placed.Error.Message, null, now);
            }
            else
            {
                order.Finish("finish", "", placed.Value.Id, now);
            }
        }

        return fired;
    }

    public void Expire(DateTimeOffset now)
    {
        foreach (var order in _orders.Where(o => o.IsOpen && now >= o.ExpiresAt))
        {
            order.Finish("expired", "", null, order.ExpiresAt);
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
