using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>The exchange's side of a reconciliation of one symbol, read before our side is judged against it.</summary>
/// <param name="Symbol">The market.</param>
/// <param name="OpenOrders">Every order resting on the exchange for the symbol, ours or not.</param>
/// <param name="Trades">Every trade of the account on the symbol since the checkpoint.</param>
/// <param name="BaseBalance">The account's total (free + locked) balance of the base coin.</param>
public sealed record ExchangeReport(Symbol Symbol, IReadOnlyList<ExchangeOpenOrder> OpenOrders, IReadOnlyList<ExchangeTrade> Trades, decimal BaseBalance);
