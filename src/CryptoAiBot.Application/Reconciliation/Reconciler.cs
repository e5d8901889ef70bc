using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>
/// Reconciliation as a pure function from (our books, the exchange's report, a policy) to corrective actions and
/// findings. It reads nothing and changes nothing; <see cref="ReconcileAccount"/> gathers its inputs and carries out its
/// actions. Invariants (property-tested over random histories in <c>ReconcilerPropertyTests</c>):
/// <list type="number">
/// <item>An exchange trade is ours when its exchange order id or its client text is one of our orders'; only ours are ever
/// acted on. A foreign open order (e.g. <c>web</c>, <c>apiv4</c>) or trade is reported and never appears in an action.</item>
/// <item>Each order gets at most one action, and each missed trade appears in at most one action, once (the report is
/// de-duplicated by trade id): applying the actions can never count a trade twice.</item>
/// <item>Applying the actions (the exchange's report of each named order recorded, fills by trade id) makes our fills of
/// every order the exchange traded equal to its trades, and our active orders equal to our orders open on the exchange;
/// reconciling the corrected books against the same report then yields no action (idempotence).</item>
/// <item>Drift is the base balance (less any offset an operator accepted) minus our position plus what the actions will
/// correct. Drift the actions explain is not drift; what is left above the tolerance always pauses the symbol, and at or
/// below it never does — unless an order of ours is still awaiting its trades (working in our books, not among the
/// exchange's open orders, no unbooked trade of it listed: Gate shows a filled order before it lists its trades), which
/// may hold any difference: then the drift is reported and judged on a later pass. Books that agree with the exchange yield no action and no pause.</item>
/// <item>An order younger than the policy's visibility delay is never declared vanished: the exchange may not list it yet.</item>
/// </list>
/// </summary>
public static class Reconciler
{
    public static ReconciliationResult Reconcile(LocalBook local, ExchangeReport exchange, ReconcilePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(policy);

        var byClientId = new Dictionary<string, Order>(StringComparer.Ordinal);
        var byExchangeId = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var order in local.Orders)
        {
            byClientId.TryAdd(order.ClientOrderId.Value, order);
            if (!string.IsNullOrEmpty(order.ExchangeOrderId))
            {
                byExchangeId.TryAdd(order.ExchangeOrderId, order);
            }
        }

        Order? Owner(string exchangeOrderId, string clientText) =>
            byExchangeId.GetValueOrDefault(exchangeOrderId) ?? byClientId.GetValueOrDefault(clientText);

        var foreign = new List<ExchangeOpenOrder>();
        var openOurs = new HashSet<ClientOrderId>();
        foreach (var open in exchange.OpenOrders)
        {
            if (Owner(open.ExchangeOrderId, open.ClientText) is { } ours)
            {
                openOurs.Add(ours.ClientOrderId);
            }
            else
            {
                foreign.Add(open);
            }
        }

        var missed = new Dictionary<ClientOrderId, List<ExchangeTrade>>();
        var unmatched = new List<ExchangeTrade>();
        var seenTrades = new HashSet<TradeId>();
        foreach (var trade in exchange.Trades)
        {
            if (!seenTrades.Add(trade.TradeId))
            {
                continue;
            }

            var owner = Owner(trade.ExchangeOrderId, trade.ClientText);
            if (owner is null)
            {
                unmatched.Add(trade);
            }
            else if (!owner.HasFill(trade.TradeId))
            {
                (missed.TryGetValue(owner.ClientOrderId, out var list) ? list : missed[owner.ClientOrderId] = []).Add(trade);
            }
        }

        var actions = new List<ReconcileAction>();
        foreach (var order in local.Orders.DistinctBy(o => o.ClientOrderId))
        {
            var trades = missed.TryGetValue(order.ClientOrderId, out var list) ? (IReadOnlyList<ExchangeTrade>)list : [];
            var vanished = !order.IsTerminal && !openOurs.Contains(order.ClientOrderId) && policy.Now - order.CreatedAt >= policy.VisibilityDelay;
            if (vanished)
            {
                actions.Add(new CloseVanished(order, trades));
            }
            else if (trades.Count > 0)
            {
                actions.Add(new ApplyMissedFills(order, trades));
            }
        }

        var corrections = actions.Sum(a => a.BaseEffect);
        var exchangeBase = exchange.BaseBalance - policy.AcceptedOffset;
        var drift = new PositionDrift(local.Position, exchangeBase, corrections, exchangeBase - (local.Position + corrections), policy.Tolerance);
        var awaitingTrades = local.Orders.Any(o => !o.IsTerminal && !openOurs.Contains(o.ClientOrderId) && !missed.ContainsKey(o.ClientOrderId));
        var pause = drift.IsUnexplained && !awaitingTrades ? new PauseSymbol(PauseReason(local, drift, unmatched.Count)) : null;
        return new ReconciliationResult(local.Symbol, actions, foreign, unmatched, drift, pause, awaitingTrades);
    }

    /// <summary>
    /// What <paramref name="trades"/> change in a base position, as <c>Position</c> folds them: a buy credits its amount
    /// less a fee charged in the base coin; a sell debits its amount plus such a fee.
    /// </summary>
    public static decimal BaseEffect(IEnumerable<ExchangeTrade> trades, string baseAsset)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var effect = 0m;
        foreach (var trade in trades)
        {
            var baseFee = string.Equals(trade.FeeAsset, baseAsset, StringComparison.OrdinalIgnoreCase) ? trade.Fee : 0m;
            effect += trade.Side == OrderSide.Buy ? trade.Amount - baseFee : -(trade.Amount + baseFee);
        }

        return effect;
    }

    private static string PauseReason(LocalBook local, PositionDrift drift, int unmatchedTrades)
    {
        var cause = unmatchedTrades > 0 ? $"; {unmatchedTrades} trade(s) on the exchange belong to no order of ours" : "";
        return $"reconciliation: {local.Symbol} position drift {drift.Difference} {local.Symbol.Base} unexplained " +
            $"(exchange {drift.Exchange}, ours {drift.Local + drift.Corrections}, tolerance {drift.Tolerance}){cause}; resume once checked";
    }
}
