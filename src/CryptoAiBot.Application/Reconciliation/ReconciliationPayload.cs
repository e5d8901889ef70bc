namespace CryptoAiBot.Application.Reconciliation;

/// <summary>The JSON body of <c>reconciliation.completed</c> and <c>reconciliation.position_mismatch</c>.</summary>
/// <param name="Symbol">The market.</param>
/// <param name="LocalBase">Our position after the corrections.</param>
/// <param name="ExchangeBase">The exchange's base balance, less any offset an operator accepted.</param>
/// <param name="Difference">What nothing explains.</param>
/// <param name="Tolerance">The largest difference that is not drift.</param>
/// <param name="ActiveOrders">Our orders still active after the pass.</param>
/// <param name="FillsApplied">Fills the exchange had and our books missed, now recorded.</param>
/// <param name="OrdersClosed">Orders active in our books that had finished on the exchange, now closed.</param>
/// <param name="ForeignOrders">Orders open on the exchange that are not ours (reported, not touched).</param>
/// <param name="UnmatchedTrades">Trades that belong to no order of ours.</param>
/// <param name="DriftExplained">The books differed and the corrections accounted for it.</param>
/// <param name="Reason">Why the symbol was paused; null when it was not.</param>
public sealed record ReconciliationPayload(
    string Symbol,
    decimal LocalBase,
    decimal ExchangeBase,
    decimal Difference,
    decimal Tolerance,
    int ActiveOrders,
    int FillsApplied,
    int OrdersClosed,
    int ForeignOrders,
    int UnmatchedTrades,
    bool DriftExplained,
    string? Reason);
