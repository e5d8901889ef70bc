using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>
/// A correction of one of our orders whose cause is known. Carried out by asking the exchange for the order by its
/// client order id and recording the answer, so the fills applied are the exchange's and each trade id counts once.
/// </summary>
/// <param name="Order">Our order, as stored.</param>
/// <param name="MissedTrades">The exchange's trades of the order that are not among its fills.</param>
public abstract record ReconcileAction(Order Order, IReadOnlyList<ExchangeTrade> MissedTrades)
{
    /// <summary>What the missed trades change in the base position (a buy credits its amount net of a base fee).</summary>
    public decimal BaseEffect => Reconciler.BaseEffect(MissedTrades, Order.Symbol.Base);
}
