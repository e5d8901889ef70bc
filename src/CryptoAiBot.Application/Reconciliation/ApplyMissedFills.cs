using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>An order of ours traded on the exchange more than our fills say: the missed trades are applied.</summary>
public sealed record ApplyMissedFills(Order Order, IReadOnlyList<ExchangeTrade> MissedTrades) : ReconcileAction(Order, MissedTrades);
