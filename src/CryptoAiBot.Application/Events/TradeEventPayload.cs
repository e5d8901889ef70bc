using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Events;

/// <summary>The JSON body of order and trade events.</summary>
public sealed record TradeEventPayload(
    string ClientOrderId,
    string Symbol,
    string Side,
    string Intent,
    string Status,
    decimal RequestedQuote,
    decimal RequestedBase,
    decimal FilledBase,
    decimal FilledQuote,
    decimal AveragePrice,
    decimal ReferencePrice,
    string? Error)
{
    public static TradeEventPayload From(Order order) => new(
        order.ClientOrderId.Value,
        order.Symbol.ToString(),
        order.Side.ToString().ToLowerInvariant(),
        order.Intent,
        order.Status.ToString(),
        order.RequestedQuote,
        order.RequestedBase,
        order.FilledBase,
        order.FilledQuote,
        order.AveragePrice,
        order.ReferencePrice,
        order.LastError);
}
