using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// Every stored order sorted by creation time (milliseconds), then client order id (ordinal): the order
/// <see cref="Application.Storage.ITradingStore.GetOrdersSinceAsync"/> returns. Orders are created in time order,
/// so adding is usually an append and replacing the order being recorded touches the last slot. Not
/// thread-safe: the store's lock guards it.
/// </summary>
internal sealed class InMemoryCreationIndex
{
    private static readonly Comparer<Order> CreationOrder = Comparer<Order>.Create(Compare);

    private readonly List<Order> _orders = [];

    /// <summary>Sort key: creation time in milliseconds, then client order id (ordinal).</summary>
    public static int Compare(Order a, Order b)
    {
        var (aMs, bMs) = (UnixMilliseconds.From(a.CreatedAt), UnixMilliseconds.From(b.CreatedAt));
        return aMs != bMs ? aMs.CompareTo(bMs) : string.CompareOrdinal(a.ClientOrderId.Value, b.ClientOrderId.Value);
    }

    public static void Sort(List<Order> orders) => orders.Sort(CreationOrder);

    public void Add(Order order)
    {
        if (_orders.Count == 0 || Compare(_orders[^1], order) < 0)
        {
            _orders.Add(order);
            return;
        }

        _orders.Insert(~_orders.BinarySearch(order, CreationOrder), order);
    }

    /// <summary>Puts <paramref name="stored"/> (a newer record of the same order) in the place of <paramref name="previous"/>.</summary>
    public void Replace(Order previous, Order stored)
    {
        if (Compare(previous, stored) != 0)
        {
            _orders.RemoveAt(_orders.BinarySearch(previous, CreationOrder));
            Add(stored);
            return;
        }

        var at = ReferenceEquals(_orders[^1], previous) ? _orders.Count - 1 : _orders.BinarySearch(previous, CreationOrder);
        _orders[at] = stored;
    }

    /// <summary>Orders created at or after <paramref name="sinceMs"/>: a binary search, then a copy.</summary>
    public IReadOnlyList<Order> Since(long sinceMs)
    {
        var (low, high) = (0, _orders.Count);
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            (low, high) = UnixMilliseconds.From(_orders[mid].CreatedAt) < sinceMs ? (mid + 1, high) : (low, mid);
        }

        if (low == _orders.Count)
        {
            return [];
        }

        var since = new Order[_orders.Count - low];
        _orders.CopyTo(low, since, 0, since.Length);
        return since;
    }
}
