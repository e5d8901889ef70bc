using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The fills table of the in-memory store, per symbol: which trade ids are stored, and every fill in (time,
/// trade id) order. Keyed by symbol first, so a fill costs one symbol lookup and one trade id lookup. Not
/// thread-safe: the store's lock guards it.
/// </summary>
internal sealed class InMemoryFills
{
    /// <summary>The order fills are read in, as the SQL store sorts them.</summary>
    public static readonly Comparer<Fill> TimeOrder = Comparer<Fill>.Create(
        (a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : string.CompareOrdinal(a.TradeId.Value, b.TradeId.Value));

    private readonly Dictionary<Symbol, SymbolFills> _bySymbol = [];

    public bool Contains(Fill fill) => _bySymbol.TryGetValue(fill.Symbol, out var fills) && fills.TradeIds.Contains(fill.TradeId);

    /// <summary>Stores a fill whose trade id is new for its symbol and returns it as stored (whole milliseconds); null when known.</summary>
    public Fill? Add(Fill fill)
    {
        if (!_bySymbol.TryGetValue(fill.Symbol, out var fills))
        {
            fills = new SymbolFills();
            _bySymbol[fill.Symbol] = fills;
        }

        if (!fills.TradeIds.Add(fill.TradeId))
        {
            return null;
        }

        var stored = UnixMilliseconds.IsTruncated(fill.Time) ? fill : fill with { Time = UnixMilliseconds.Truncate(fill.Time) };
        var list = fills.InOrder;

        // Fills nearly always arrive in time order: appending is then the whole cost.
        if (list.Count == 0 || TimeOrder.Compare(list[^1], stored) < 0)
        {
            list.Add(stored);
        }
        else
        {
            var at = list.BinarySearch(stored, TimeOrder);
            list.Insert(at < 0 ? ~at : at, stored);
        }

        return stored;
    }

    /// <summary>A copy of the symbol's fills from position <paramref name="first"/> on, oldest first.</summary>
    public IReadOnlyList<Fill> Of(Symbol symbol, int first = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        if (!_bySymbol.TryGetValue(symbol, out var fills) || first >= fills.InOrder.Count)
        {
            return [];
        }

        var copy = new Fill[fills.InOrder.Count - first];
        fills.InOrder.CopyTo(first, copy, 0, copy.Length);
        return copy;
    }

    private sealed class SymbolFills
    {
        public HashSet<TradeId> TradeIds { get; } = [];

        public List<Fill> InOrder { get; } = [];
    }
}
