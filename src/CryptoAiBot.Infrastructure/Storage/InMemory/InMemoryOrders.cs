using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// Orders and fills for <see cref="InMemoryTradingStore"/>, with the indexes its queries need. Not
/// thread-safe: the store's lock guards it. Orders are kept without fills; fills live in one place
/// and are attached on read, exactly as the SQLite store joins them.
/// </summary>
internal sealed class InMemoryOrders
{
    private static readonly Comparer<(long CreatedAtMs, string Id)> CreationOrder = Comparer<(long CreatedAtMs, string Id)>.Create(
        (a, b) => a.CreatedAtMs != b.CreatedAtMs ? a.CreatedAtMs.CompareTo(b.CreatedAtMs) : string.CompareOrdinal(a.Id, b.Id));

    private static readonly Comparer<Fill> FillOrder = Comparer<Fill>.Create(
        (a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : string.CompareOrdinal(a.TradeId.Value, b.TradeId.Value));

    private readonly Dictionary<ClientOrderId, Order> _orders = [];
    private readonly SortedSet<(long CreatedAtMs, string Id)> _byCreation = new(CreationOrder);
    private readonly HashSet<ClientOrderId> _active = [];
    private readonly HashSet<(Symbol, TradeId)> _fillKeys = [];
    private readonly Dictionary<ClientOrderId, List<Fill>> _fillsByOrder = [];
    private readonly Dictionary<Symbol, List<Fill>> _fillsBySymbol = [];

    public bool Contains(ClientOrderId id) => _orders.ContainsKey(id);

    /// <summary>
    /// Upserts the orders and inserts the fills not yet known. Everything is checked before anything is
    /// written, so a failure (a fill of an unknown order, as the SQLite foreign key) leaves no trace.
    /// </summary>
    public void Apply(IReadOnlyList<Order> orders, IReadOnlyList<Fill> fills)
    {
        var incoming = orders.Select(o => o.ClientOrderId).ToHashSet();
        var newFills = new List<Fill>();
        var newKeys = new HashSet<(Symbol, TradeId)>();
        foreach (var fill in fills)
        {
            var key = (fill.Symbol, fill.TradeId);
            if (_fillKeys.Contains(key) || !newKeys.Add(key))
            {
                continue;
            }

            if (!incoming.Contains(fill.ClientOrderId) && !_orders.ContainsKey(fill.ClientOrderId))
            {
                throw new InvalidOperationException(
                    $"Fill {fill.TradeId} references order {fill.ClientOrderId}, which is not stored (foreign key).");
            }

            newFills.Add(fill with { Time = UnixMilliseconds.Truncate(fill.Time) });
        }

        foreach (var order in orders)
        {
            Upsert(order);
        }

        foreach (var fill in newFills)
        {
            _fillKeys.Add((fill.Symbol, fill.TradeId));
            InsertSorted(_fillsByOrder, fill.ClientOrderId, fill);
            InsertSorted(_fillsBySymbol, fill.Symbol, fill);
        }
    }

    public Order? Get(ClientOrderId id) => _orders.TryGetValue(id, out var order) ? WithFills(order) : null;

    public IReadOnlyList<Order> Active(Symbol? symbol) =>
    [
        .. _active
            .Select(id => _orders[id])
            .Where(o => symbol is null || o.Symbol == symbol.Value)
            .OrderBy(o => (UnixMilliseconds.From(o.CreatedAt), o.ClientOrderId.Value), CreationOrder)
            .Select(WithFills),
    ];

    public IReadOnlyList<Order> CreatedSince(long sinceMs)
    {
        var lower = (sinceMs, string.Empty);
        if (_byCreation.Count == 0 || CreationOrder.Compare(_byCreation.Max, lower) < 0)
        {
            return [];
        }

        return [.. _byCreation.GetViewBetween(lower, _byCreation.Max).Select(key => WithFills(_orders[new ClientOrderId(key.Id)]))];
    }

    public IReadOnlyList<Fill> FillsOf(Symbol symbol) => _fillsBySymbol.TryGetValue(symbol, out var fills) ? [.. fills] : [];

    private void Upsert(Order order)
    {
        var stored = order with
        {
            Fills = [],
            CreatedAt = UnixMilliseconds.Truncate(order.CreatedAt),
            UpdatedAt = UnixMilliseconds.Truncate(order.UpdatedAt),
        };
        if (_orders.TryGetValue(order.ClientOrderId, out var previous))
        {
            _byCreation.Remove((UnixMilliseconds.From(previous.CreatedAt), previous.ClientOrderId.Value));
        }

        _orders[order.ClientOrderId] = stored;
        _byCreation.Add((UnixMilliseconds.From(stored.CreatedAt), stored.ClientOrderId.Value));
        if (stored.IsTerminal)
        {
            _active.Remove(stored.ClientOrderId);
        }
        else
        {
            _active.Add(stored.ClientOrderId);
        }
    }

    private Order WithFills(Order order) =>
        order with { Fills = _fillsByOrder.TryGetValue(order.ClientOrderId, out var fills) ? [.. fills] : [] };

    private static void InsertSorted<TKey>(Dictionary<TKey, List<Fill>> index, TKey key, Fill fill)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        var at = list.BinarySearch(fill, FillOrder);
        list.Insert(at < 0 ? ~at : at, fill);
    }
}
