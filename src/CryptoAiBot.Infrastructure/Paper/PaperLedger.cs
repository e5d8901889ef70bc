using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Paper;

/// <summary>
/// The paper account's state behind one lock: balances per asset and orders per client order id.
/// A fill is all-or-nothing: the duplicate check, the balance check and both balance changes happen
/// under the same lock, so a refused order leaves nothing behind. The sorted, read-only balance list
/// is built once per change of the account, not once per read.
/// </summary>
internal sealed class PaperLedger
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Balance> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<ClientOrderId, BrokerOrder> _orders = [];
    private IReadOnlyList<Balance>? _snapshot;
    private long _sequence;

    public BrokerOrder? Find(ClientOrderId clientOrderId)
    {
        lock (_gate)
        {
            return _orders.GetValueOrDefault(clientOrderId);
        }
    }

    /// <summary>The fills of every paper order on <paramref name="symbol"/> at or after <paramref name="since"/>, as trades, oldest first.</summary>
    public IReadOnlyList<ExchangeTrade> Trades(Symbol symbol, DateTimeOffset since)
    {
        lock (_gate)
        {
            return _orders.Values
                .Where(o => o.Symbol == symbol)
                .SelectMany(o => o.Fills.Select(f => new ExchangeTrade(
                    f.TradeId, o.ExchangeOrderId, o.ClientOrderId.Value, f.Symbol, f.Side, f.Price, f.Quantity, f.Fee, f.FeeAsset, f.Time)))
                .Where(t => t.Time >= since)
                .OrderBy(t => t.Time).ThenBy(t => t.TradeId.Value, StringComparer.Ordinal)
                .ToList();
        }
    }

    public IReadOnlyList<Balance> Balances()
    {
        lock (_gate)
        {
            return _snapshot ??= Snapshot();
        }
    }

    /// <summary>The balances sorted by asset (ordinal; assets are unique), read-only. Called under the lock.</summary>
    private IReadOnlyList<Balance> Snapshot()
    {
        var balances = new Balance[_balances.Count];
        _balances.Values.CopyTo(balances, 0);
        Array.Sort(balances, static (a, b) => string.CompareOrdinal(a.Asset, b.Asset));
        return Array.AsReadOnly(balances);
    }

    public void Restore(IEnumerable<Balance> balances)
    {
        lock (_gate)
        {
            _balances.Clear();
            _snapshot = null;
            foreach (var balance in balances)
            {
                _balances[balance.Asset] = balance;
            }
        }
    }

    /// <summary>
    /// Fills an order in full: needs <paramref name="required"/> free <paramref name="debitAsset"/>,
    /// debits <paramref name="debit"/> of it and credits <paramref name="credit"/> of
    /// <paramref name="creditAsset"/>. An order already known under the id is returned unchanged.
    /// </summary>
    public Result<BrokerOrder> Fill(
        PaperFill intent, string debitAsset, decimal required, decimal debit, string creditAsset, decimal credit, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_orders.TryGetValue(intent.ClientOrderId, out var existing))
            {
                return existing;
            }

            var free = _balances.TryGetValue(debitAsset, out var balance) ? balance.Free : 0m;
            if (free < required)
            {
                return new Error(
                    ErrorCode.InsufficientBalance,
                    $"Insufficient {debitAsset}: the order needs {required} {debitAsset}, the account has {free} free.");
            }

            Credit(debitAsset, -debit);
            Credit(creditAsset, credit);

            var sequence = ++_sequence;
            var fill = new Fill(
                new TradeId($"paper-{sequence}"), intent.ClientOrderId, intent.Symbol, intent.Side,
                intent.Price, intent.Quantity, intent.Fee, intent.FeeAsset, now);
            var order = new BrokerOrder(
                intent.ClientOrderId, $"paper-order-{sequence}", intent.Symbol, intent.Side, BrokerOrderState.Filled, FillList.Of(fill), now);
            _orders[intent.ClientOrderId] = order;
            return order;
        }
    }

    private void Credit(string asset, decimal delta)
    {
        var current = _balances.GetValueOrDefault(asset, new Balance(asset, 0m, 0m));
        _balances[asset] = current with { Free = current.Free + delta };
        _snapshot = null;
    }
}
