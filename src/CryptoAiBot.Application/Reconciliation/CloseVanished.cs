using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>
/// An order active in our books that the exchange no longer holds open: it finished while we did not look, and is
/// closed with every fill the exchange reports for it (<see cref="ReconcileAction.MissedTrades"/> are those already
/// seen in the trade history).
/// </summary>
public sealed record CloseVanished(Order Order, IReadOnlyList<ExchangeTrade> MissedTrades) : ReconcileAction(Order, MissedTrades);
