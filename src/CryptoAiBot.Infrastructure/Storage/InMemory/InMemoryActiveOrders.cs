using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The non-terminal orders of each symbol, so that asking for them costs what there is, not what was ever
/// stored (a backtest asks before every entry). Records are kept by reference. Not thread-safe: the store's
/// lock guards it.
/// </summary>
internal sealed class InMemoryActiveOrders
{
    private readonly Dictionary<Symbol, HashSet<Order>> _bySymbol = [];

    /// <summary>Follows an order from its <paramref name="previous"/> record (null when new) to <paramref name="stored"/>.</summary>
    public void Update(Order? previous, Order stored)
    {
        if (previous is not null && !previous.IsTerminal && _bySymbol.TryGetValue(previous.Symbol, out var before))
        {
            before.Remove(previous);
        }

        if (!stored.IsTerminal)
        {
            if (!_bySymbol.TryGetValue(stored.Symbol, out var now))
            {
                now = new HashSet<Order>(ReferenceEqualityComparer.Instance);
                _bySymbol[stored.Symbol] = now;
            }

            now.Add(stored);
        }
    }

    /// <summary>Non-terminal orders, of one symbol or all, in creation order.</summary>
    public IReadOnlyList<Order> Of(Symbol? symbol)
    {
        List<Order> active;
        if (symbol is { } only)
        {
            if (!_bySymbol.TryGetValue(only, out var ofSymbol) || ofSymbol.Count == 0)
            {
                return [];
            }

            active = [.. ofSymbol];
        }
        else
        {
            active = [];
            foreach (var ofSymbol in _bySymbol.Values)
            {
                active.AddRange(ofSymbol);
            }
        }

        InMemoryCreationIndex.Sort(active);
        return [.. active];
    }
}
