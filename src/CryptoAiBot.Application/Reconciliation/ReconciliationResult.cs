using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>What one reconciliation of a symbol found and what must be done about it.</summary>
/// <param name="Symbol">The market.</param>
/// <param name="Actions">Corrections of our orders, at most one per order.</param>
/// <param name="ForeignOrders">Orders open on the exchange that are not ours: reported, never touched.</param>
/// <param name="UnmatchedTrades">Trades of the account that belong to none of our orders (manual trades, or orders we have no record of).</param>
/// <param name="Drift">The position comparison, corrections included.</param>
/// <param name="Pause">Set when the drift is unexplained: the symbol must stop trading.</param>
/// <param name="AwaitingTrades">An order of ours is working in our books but neither open on the exchange nor with a trade listed: its trades may come late, so drift is not judged on this pass.</param>
public sealed record ReconciliationResult(
    Symbol Symbol,
    IReadOnlyList<ReconcileAction> Actions,
    IReadOnlyList<ExchangeOpenOrder> ForeignOrders,
    IReadOnlyList<ExchangeTrade> UnmatchedTrades,
    PositionDrift Drift,
    PauseSymbol? Pause,
    bool AwaitingTrades = false)
{
    public int MissedFills => Actions.OfType<ApplyMissedFills>().Sum(a => a.MissedTrades.Count);

    public int VanishedOrders => Actions.OfType<CloseVanished>().Count();

    /// <summary>Nothing to correct and nothing to stop for.</summary>
    public bool IsClean => Actions.Count == 0 && Pause is null;
}
