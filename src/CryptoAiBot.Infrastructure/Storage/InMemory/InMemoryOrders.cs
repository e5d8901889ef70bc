using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// Orders and fills for <see cref="InMemoryTradingStore"/>, with an index for each query so that no read or
/// write scans the history: orders by client order id, by creation (time, id) and, per symbol, the active ones.
/// Each order is kept as the record readers get: its own fields as last written (times truncated) with its
/// stored fills attached — an immutable <see cref="FillList"/>, as the SQL store joins the fills table — so a
/// read hands the record out as is, and a writer whose order already carries exactly those fills (an order
/// recorded from the broker's report) has its record kept without a copy. Not thread-safe: the store's lock
/// guards it.
/// </summary>
internal sealed class InMemoryOrders
{
    private readonly Dictionary<ClientOrderId, Order> _orders = [];
    private readonly InMemoryCreationIndex _byCreation = new();
    private readonly InMemoryActiveOrders _active = new();
    private readonly InMemoryFills _fills = new();

    // The fill lists of the orders a write adds fills to, made before its orders are written (emptied after each write).
    private readonly Dictionary<ClientOrderId, FillList> _withNewFills = [];

    public bool Contains(ClientOrderId id) => _orders.ContainsKey(id);

    /// <summary>
    /// Upserts <paramref name="orders"/> and inserts the fills not yet known: <paramref name="fills"/>, then those
    /// each order carries. Everything is checked before anything is written, so a failure (a fill of an
    /// unknown order, as the SQLite foreign key) leaves no trace.
    /// </summary>
    public void Apply(IReadOnlyList<Order> orders, IReadOnlyList<Fill> fills)
    {
        InMemoryForeignKeys.Check(orders, fills, _fills, _orders);
        Insert(fills);
        for (var i = 0; i < orders.Count; i++)
        {
            Insert(orders[i].Fills);
        }

        for (var i = 0; i < orders.Count; i++)
        {
            Upsert(orders[i]);
        }

        // Orders that only gained fills keep their fields and get the longer list.
        foreach (var (id, list) in _withNewFills)
        {
            if (_orders.TryGetValue(id, out var stored) && !ReferenceEquals(stored.Fills, list))
            {
                Replace(stored, stored with { Fills = Readable(list) });
            }
        }

        _withNewFills.Clear();
    }

    public Order? Get(ClientOrderId id) => _orders.GetValueOrDefault(id);

    /// <summary>Non-terminal orders, of one symbol or all, in creation order.</summary>
    public IReadOnlyList<Order> Active(Symbol? symbol) => _active.Of(symbol);

    /// <summary>Orders created at or after <paramref name="sinceMs"/>, in creation order.</summary>
    public IReadOnlyList<Order> CreatedSince(long sinceMs) => _byCreation.Since(sinceMs);

    public IReadOnlyList<Fill> FillsOf(Symbol symbol, int first = 0) => _fills.Of(symbol, first);

    /// <summary>A stored order's fills: a <see cref="FillList"/>, or the empty array of an order without any.</summary>
    private static FillList StoredFills(Order stored) => stored.Fills as FillList ?? FillList.From(stored.Fills);

    /// <summary>Whether the order's own list is exactly <paramref name="fills"/> and cannot change (immutable).</summary>
    private static bool Carries(Order order, FillList fills) =>
        order.Fills is FillList carried ? carried.SameAs(fills) : fills.Count == 0 && order.Fills is Fill[] { Length: 0 };

    /// <summary>The list readers get: no fills read back as the empty array an order starts with, as from the SQL store.</summary>
    private static IReadOnlyList<Fill> Readable(FillList fills) => fills.Count == 0 ? [] : fills;

    /// <summary>Stores the fills whose trade id is new and extends their orders' lists (written by <see cref="Upsert"/>).</summary>
    private void Insert(IReadOnlyList<Fill> fills)
    {
        for (var i = 0; i < fills.Count; i++)
        {
            if (_fills.Add(fills[i]) is not { } stored)
            {
                continue;
            }

            var id = stored.ClientOrderId;
            var list = _withNewFills.TryGetValue(id, out var pending) ? pending
                : _orders.TryGetValue(id, out var order) ? StoredFills(order)
                : FillList.Empty;
            _withNewFills[id] = list.Insert(stored, InMemoryFills.TimeOrder);
        }
    }

    private void Upsert(Order order)
    {
        _orders.TryGetValue(order.ClientOrderId, out var previous);
        var fills = _withNewFills.TryGetValue(order.ClientOrderId, out var extended) ? extended
            : previous is not null ? StoredFills(previous)
            : FillList.Empty;
        var truncated = UnixMilliseconds.IsTruncated(order.CreatedAt) && UnixMilliseconds.IsTruncated(order.UpdatedAt);

        // Records are immutable: one that already has storage precision and carries exactly the stored fills is kept.
        var stored = truncated && Carries(order, fills)
            ? order
            : order with
            {
                CreatedAt = UnixMilliseconds.Truncate(order.CreatedAt),
                UpdatedAt = UnixMilliseconds.Truncate(order.UpdatedAt),
                Fills = Readable(fills),
            };
        _withNewFills.Remove(order.ClientOrderId);
        if (previous is null)
        {
            _orders[order.ClientOrderId] = stored;
            _byCreation.Add(stored);
            _active.Update(null, stored);
        }
        else
        {
            Replace(previous, stored);
        }
    }

    /// <summary>Puts <paramref name="stored"/> in the place of <paramref name="previous"/> (same id) in every index.</summary>
    private void Replace(Order previous, Order stored)
    {
        _orders[stored.ClientOrderId] = stored;
        _byCreation.Replace(previous, stored);
        _active.Update(previous, stored);
    }
}
