using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// The read side of spot trading: <c>GET /spot/orders</c> (open needs a pair; finished filters on finish time
/// and side), <c>/spot/open_orders</c> grouped by pair, and <c>/spot/my_trades</c> (last 7 days unless
/// from/to say otherwise). Newest first, as Gate answers.
/// </summary>
internal sealed class SpotQueries(OrderStore orders, List<SimTrade> trades)
{
    public GateResult<IReadOnlyList<SimOrder>> Orders(SimAccount account, string? pair, string? status, string? side, TimeRange range, int? page, int? limit)
    {
        if (status is not ("open" or "finished"))
        {
            return status is null ? GateError.MissingParam("status") : GateError.InvalidParam("status", status);
        }

        if (status == "open" && pair is null)
        {
            return GateError.MissingParam("currency_pair");
        }

        var paging = Paging.From(page, limit, 100, status == "open" ? 100 : 1000);
        if (paging.Failed)
        {
            return paging.Error;
        }

        var selected = status == "open"
            ? orders.OpenOf(account, pair).OrderByDescending(o => o.Id)
            : orders.All.Where(o => o.Account == account && !o.IsOpen && (pair is null || o.Pair.Id == pair)
                    && (side is null || o.Request.Side == side) && range.Contains(o.FinishTime))
                .OrderByDescending(o => o.FinishTime).ThenByDescending(o => o.Id);
        return paging.Value.Apply(selected).Select(o => o.Snapshot()).ToList();
    }

    public GateResult<IReadOnlyList<OpenOrderGroup>> OpenGrouped(SimAccount account, string? pair, int? page, int? limit)
    {
        var paging = Paging.From(page, limit, 100, 100);
        if (paging.Failed)
        {
            return paging.Error;
        }

        return orders.OpenOf(account, pair)
            .GroupBy(o => o.Pair.Id)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OpenOrderGroup(g.Key, g.Count(), [.. paging.Value.Apply(g.OrderByDescending(o => o.Id)).Select(o => o.Snapshot())]))
            .ToList();
    }

    /// <summary>The account's trades, newest first; under a LateTrades fault those younger than <c>hiddenFor</c> are not listed yet.</summary>
    public GateResult<IReadOnlyList<SimTrade>> MyTrades(
        SimAccount account, string? pair, string? orderId, TimeRange range, int? page, int? limit, DateTimeOffset now, TimeSpan? hiddenFor)
    {
        if (orderId is not null && pair is null)
        {
            return GateError.MissingParam("currency_pair");
        }

        var paging = Paging.From(page, limit, 100, 1000);
        if (paging.Failed)
        {
            return paging.Error;
        }

        var window = range.IsOpen ? new TimeRange(now.AddDays(-7), null) : range;
        var selected = trades.Where(t => t.AccountKey == account.Key && (pair is null || t.CurrencyPair == pair)
                && (orderId is null || t.OrderId == orderId) && window.Contains(t.Time) && (hiddenFor is not { } late || t.Time <= now - late))
            .Reverse();
        return paging.Value.Apply(selected).ToList();
    }
}
