using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// Places and cancels spot orders. Outcome of a placement: fully filled → <c>closed</c>/<c>filled</c>; a market
/// buy stopped only by dust too small for one more base lot also counts as filled (as in Gate's live data);
/// a market or IOC remainder → <c>cancelled</c>/<c>ioc</c> even when partly filled; FOK that cannot fill whole
/// and POC that would take → <c>cancelled</c> without fills; a GTC remainder rests, its funds locked. Under a
/// PartialFill fault a market order fills only its fraction and its remainder rests <c>open</c>, funds locked, until a
/// cancel or its late rest fill (<see cref="FillDueRests"/>).
/// </summary>
internal sealed class SpotDesk(IReadOnlyDictionary<string, PairMarket> markets, OrderStore orders, Matcher matcher, IdSequence ids)
{
    public GateResult<SpotOrder> Place(SimAccount account, ValidOrder request, DateTimeOffset now) => Place(account, request, now, partial: null);

    /// <summary>Places the order; <paramref name="partial"/> (a PartialFill fault) applies to a market order only.</summary>
    public GateResult<SpotOrder> Place(SimAccount account, ValidOrder request, DateTimeOffset now, SimPartialFill? partial)
    {
        var market = markets[request.CurrencyPair];
        var pair = market.Rules;
        var buy = request.Side == "buy";
        var currency = buy ? pair.Quote : pair.Base;
        var needed = buy && request.Type == "limit" ? request.Amount * request.Price : request.Amount;
        if (account.Available(currency) < needed)
        {
            return GateError.BalanceNotEnough;
        }

        var order = new SpotOrder(ids.NextOrder(), account, pair, request, now);
        if (request.Type == "limit")
        {
            account.Lock(currency, needed);
        }

        orders.Add(order);
        if (request.TimeInForce == "poc" && WouldTake(order, market))
        {
            order.Finish("cancelled", "poc", now);
            return order;
        }

        if (request.TimeInForce == "fok" && !Completes(order, matcher.Take(order, market, now, apply: false)))
        {
            order.Finish("cancelled", "fok", now);
            return order;
        }

        if (partial is { } stall && request.Type == "market")
        {
            // The budget is cut to the amount's own precision so that what is left stays a sendable-looking amount.
            var places = buy ? pair.Precision : pair.AmountPrecision;
            matcher.Take(order, market, now, apply: true, budget: Precision.Floor(request.Amount * stall.Fraction, places));
            order.Rest(stall.RestFillAfter is { } after ? now + after : null);
            return order;
        }

        var walk = matcher.Take(order, market, now, apply: true);
        if (Completes(order, walk))
        {
            order.Finish("closed", "filled", now);
        }
        else if (request.Type == "market" || request.TimeInForce is "ioc" or "fok")
        {
            order.Finish("cancelled", "ioc", now);
        }

        return order;
    }

    /// <summary>Fills the rest of every resting market order whose late rest fill is due; returns them.</summary>
    public IReadOnlyList<SpotOrder> FillDueRests(DateTimeOffset now)
    {
        var due = orders.Open().Where(o => o.RestFillAt is { } at && at <= now).ToList();
        foreach (var order in due)
        {
            var walk = matcher.Take(order, markets[order.Pair.Id], now, apply: true);
            if (Completes(order, walk))
            {
                order.Finish("closed", "filled", now);
            }
            else
            {
                order.Finish("cancelled", "ioc", now);
            }
        }

        return due;
    }

    public GateResult<SpotOrder> Cancel(SpotOrder order, DateTimeOffset now)
    {
        if (!order.IsOpen)
        {
            return order.Status == "closed"
                ? new GateError(400, "ORDER_CLOSED", $"Order {order.Id} has been filled")
                : new GateError(400, "ORDER_CANCELLED", $"Order {order.Id} has been cancelled");
        }

        order.Finish("cancelled", "cancelled", now);
        return order;
    }

    public IReadOnlyList<SimOrder> CancelAll(SimAccount account, string? pair, string? side, DateTimeOffset now)
    {
        var cancelled = orders.OpenOf(account, pair).Where(o => side is null || o.Request.Side == side).ToList();
        foreach (var order in cancelled)
        {
            order.Finish("cancelled", "cancelled", now);
        }

        return [.. cancelled.Select(o => o.Snapshot())];
    }

    private static bool Completes(SpotOrder order, Matcher.Walk walk) =>
        walk.Left == 0 || (order.Request.Type == "market" && order.IsBuy && !walk.BookExhausted);

    private static bool WouldTake(SpotOrder order, PairMarket market) =>
        order.IsBuy
            ? market.Book.Asks.Count > 0 && market.Book.Asks[0].Price <= order.Request.Price
            : market.Book.Bids.Count > 0 && market.Book.Bids[0].Price >= order.Request.Price;
}
