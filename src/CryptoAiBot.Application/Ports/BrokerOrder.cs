using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Ports;

/// <summary>The exchange's view of one of our orders, with every fill it knows of.</summary>
public sealed record BrokerOrder(
    ClientOrderId ClientOrderId,
    string ExchangeOrderId,
    Symbol Symbol,
    OrderSide Side,
    BrokerOrderState State,
    IReadOnlyList<Fill> Fills,
    DateTimeOffset UpdatedAt);
