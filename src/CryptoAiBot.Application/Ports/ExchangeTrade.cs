using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// One execution of the account, as reconciliation sees it. Its <see cref="TradeId"/> is the one the adapter gives the
/// matching <see cref="Fill"/> in a <see cref="BrokerOrder"/>, so a trade and the fill recorded for it are recognised as
/// one. <see cref="ClientText"/> follows <see cref="ExchangeOpenOrder.ClientText"/>: our client order id when the order
/// carried one, else the exchange's source tag.
/// </summary>
public sealed record ExchangeTrade(
    TradeId TradeId,
    string ExchangeOrderId,
    string ClientText,
    Symbol Symbol,
    OrderSide Side,
    decimal Price,
    decimal Amount,
    decimal Fee,
    string FeeAsset,
    DateTimeOffset Time);
