using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// An order resting on the exchange, as reconciliation sees it: ours or not. <see cref="ClientText"/> is our client
/// order id when the order carries one (the adapter strips its wire prefix, e.g. Gate's <c>t-</c>), otherwise the
/// exchange's own source tag as sent (<c>web</c>, <c>apiv4</c>, …) — such an order is someone else's and is never touched.
/// </summary>
/// <param name="ExchangeOrderId">The exchange's id of the order.</param>
/// <param name="ClientText">Our client order id, or the exchange's source tag for a foreign order.</param>
/// <param name="Symbol">The market.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Amount">What was asked, in <paramref name="AmountAsset"/> (a market buy asks for quote, anything else for base).</param>
/// <param name="Left">What is still unexecuted, in <paramref name="AmountAsset"/>.</param>
/// <param name="AmountAsset">The asset <paramref name="Amount"/> and <paramref name="Left"/> are in.</param>
/// <param name="CreatedAt">When the exchange created it.</param>
public sealed record ExchangeOpenOrder(
    string ExchangeOrderId,
    string ClientText,
    Symbol Symbol,
    OrderSide Side,
    decimal Amount,
    decimal Left,
    string AmountAsset,
    DateTimeOffset CreatedAt);
