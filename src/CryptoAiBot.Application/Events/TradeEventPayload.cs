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
    /// <param name="order">The order the event is about.</param>
    /// <param name="symbol">The order's symbol as text, when the caller already has it (saves formatting it again).</param>
    public static TradeEventPayload From(Order order, string? symbol = null) => new(
        order.ClientOrderId.Value,
        symbol ?? order.Symbol.ToString(),
        order.Side.Lowercase(),
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
