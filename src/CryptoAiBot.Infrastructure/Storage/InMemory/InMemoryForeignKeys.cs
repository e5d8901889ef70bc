using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The fills → orders foreign key of the SQL schema, checked before an in-memory write applies anything:
/// a new fill must reference an order that is stored or written in the same change. Fills the insert
/// will skip (trade id already stored, or repeated within the change) are not checked, as in SQL
/// (<c>INSERT OR IGNORE</c>).
/// </summary>
internal static class InMemoryForeignKeys
{
    /// <summary>Beyond this many orders in one change, the incoming ids are hashed instead of scanned.</summary>
    private const int ScanLimit = 16;

    public static void Check(
        IReadOnlyList<Order> orders, IReadOnlyList<Fill> fills, InMemoryFills storedFills, Dictionary<ClientOrderId, Order> storedOrders)
    {
        // Usual case first, without allocating: every fill's order is known. Only when one is not does the exact
        // check below decide, the way the insert will see the fills (repeats skipped).
        var incoming = orders.Count > ScanLimit ? IncomingIds(orders) : null;
        if (AllReferenced(orders, fills, storedFills, storedOrders, incoming))
        {
            return;
        }

        incoming ??= IncomingIds(orders);
        var seen = new HashSet<(Domain.Markets.Symbol, TradeId)>();
        foreach (var fill in fills.Concat(orders.SelectMany(o => o.Fills)))
        {
            if (storedFills.Contains(fill) || !seen.Add((fill.Symbol, fill.TradeId)))
            {
                continue;
            }

            if (!incoming.Contains(fill.ClientOrderId) && !storedOrders.ContainsKey(fill.ClientOrderId))
            {
                throw new InvalidOperationException(
                    $"Fill {fill.TradeId} references order {fill.ClientOrderId}, which is not stored (foreign key).");
            }
        }
    }

    private static bool AllReferenced(
        IReadOnlyList<Order> orders,
        IReadOnlyList<Fill> fills,
        InMemoryFills storedFills,
        Dictionary<ClientOrderId, Order> storedOrders,
        HashSet<ClientOrderId>? incoming)
    {
        for (var i = 0; i < fills.Count; i++)
        {
            if (!IsReferenced(fills[i], orders, storedFills, storedOrders, incoming))
            {
                return false;
            }
        }

        for (var i = 0; i < orders.Count; i++)
        {
            var carried = orders[i].Fills;
            for (var j = 0; j < carried.Count; j++)
            {
                if (carried[j].ClientOrderId != orders[i].ClientOrderId && !IsReferenced(carried[j], orders, storedFills, storedOrders, incoming))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsReferenced(
        Fill fill,
        IReadOnlyList<Order> orders,
        InMemoryFills storedFills,
        Dictionary<ClientOrderId, Order> storedOrders,
        HashSet<ClientOrderId>? incoming)
    {
        if (storedOrders.ContainsKey(fill.ClientOrderId) || storedFills.Contains(fill))
        {
            return true;
        }

        if (incoming is not null)
        {
            return incoming.Contains(fill.ClientOrderId);
        }

        for (var i = 0; i < orders.Count; i++)
        {
            if (orders[i].ClientOrderId == fill.ClientOrderId)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<ClientOrderId> IncomingIds(IReadOnlyList<Order> orders)
    {
        var ids = new HashSet<ClientOrderId>(orders.Count);
        for (var i = 0; i < orders.Count; i++)
        {
            ids.Add(orders[i].ClientOrderId);
        }

        return ids;
    }
}
