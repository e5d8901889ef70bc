using System.Globalization;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// Every spot order, by id and in creation order. Lookup by <c>text</c> works while the order is open and for
/// <c>textLookup</c> after it finished (Gate: one hour; the ForgetText fault shortens it); by id it always works.
/// </summary>
internal sealed class OrderStore
{
    private readonly List<SpotOrder> _all = [];
    private readonly Dictionary<long, SpotOrder> _byId = [];
    private readonly List<SpotOrder> _open = [];

    public IReadOnlyList<SpotOrder> All => _all;

    public void Add(SpotOrder order)
    {
        _all.Add(order);
        _byId[order.Id] = order;
        _open.Add(order);
    }

    /// <summary>Open orders in creation order (finished ones are pruned here, wherever they were finished).</summary>
    public IReadOnlyList<SpotOrder> Open()
    {
        _open.RemoveAll(o => !o.IsOpen);
        return _open;
    }

    public IEnumerable<SpotOrder> OpenOf(SimAccount account, string? pair) =>
        Open().Where(o => o.Account == account && (pair is null || o.Pair.Id == pair));

    public GateResult<SpotOrder> Find(SimAccount account, string pair, string idOrText, DateTimeOffset now, TimeSpan textLookup)
    {
        if (idOrText.StartsWith("t-", StringComparison.Ordinal))
        {
            for (var i = _all.Count - 1; i >= 0; i--)
            {
                var order = _all[i];
                if (order.Account == account && order.Pair.Id == pair && order.Request.Text == idOrText
                    && (order.IsOpen || now - order.FinishTime <= textLookup))
                {
                    return order;
                }
            }

            return GateError.ClientIdNotFound(idOrText);
        }

        return long.TryParse(idOrText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && _byId.TryGetValue(id, out var byId) && byId.Account == account && byId.Pair.Id == pair
            ? byId
            : GateError.OrderNotFound(idOrText);
    }
}
