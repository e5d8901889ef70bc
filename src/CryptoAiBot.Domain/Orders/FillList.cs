using System.Collections;

namespace CryptoAiBot.Domain.Orders;

/// <summary>
/// An immutable list of fills, as an order carries them. Nothing can change it once made (every change
/// returns a new list), so the broker's report, the order and the store share one instance instead of each
/// copying the fills to protect itself. A market order nearly always fills once, so a single fill is held
/// without an array: a backtest keeps every order, and each object kept costs the garbage collector.
/// </summary>
public sealed class FillList : IReadOnlyList<Fill>
{
    private readonly Fill? _single;
    private readonly Fill[]? _items;

    private FillList(Fill? single, Fill[]? items)
    {
        _single = single;
        _items = items;
    }

    public static FillList Empty { get; } = new(null, null);

    public int Count => _items?.Length ?? (_single is null ? 0 : 1);

    public Fill this[int index] =>
        _items is { } items ? items[index]
        : index == 0 && _single is { } single ? single
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} fills.");

    /// <summary>A list of one fill.</summary>
    public static FillList Of(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        return new FillList(fill, null);
    }

    /// <summary>The same fills as <paramref name="fills"/>, copied (unless already a <see cref="FillList"/>).</summary>
    public static FillList From(IReadOnlyList<Fill> fills)
    {
        ArgumentNullException.ThrowIfNull(fills);
        if (fills is FillList list)
        {
            return list;
        }

        if (fills.Count == 0)
        {
            return Empty;
        }

        var items = new Fill[fills.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = fills[i];
        }

        return Own(items);
    }

    /// <summary>This list with <paramref name="fill"/> at the end.</summary>
    public FillList Add(Fill fill) => Insert(Count, fill);

    /// <summary>This list with <paramref name="fill"/> placed by <paramref name="order"/> (after equal ones).</summary>
    public FillList Insert(Fill fill, IComparer<Fill> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var at = Count;
        while (at > 0 && order.Compare(this[at - 1], fill) > 0)
        {
            at--;
        }

        return Insert(at, fill);
    }

    /// <summary>True when both lists hold the very same fill instances in the same order.</summary>
    public bool SameAs(FillList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!ReferenceEquals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public IEnumerator<Fill> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Made from an array nobody else holds (the caller hands it over).</summary>
    internal static FillList Own(Fill[] items) => items.Length switch
    {
        0 => Empty,
        1 => new FillList(items[0], null),
        _ => new FillList(null, items),
    };

    private FillList Insert(int at, Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var count = Count;
        if (count == 0)
        {
            return new FillList(fill, null);
        }

        var items = new Fill[count + 1];
        for (int i = 0, j = 0; i < items.Length; i++)
        {
            items[i] = i == at ? fill : this[j++];
        }

        return new FillList(null, items);
    }
}
