using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Execution;

/// <summary>
/// An intent to trade. A buy spends <see cref="QuoteAmount"/>; a sell always sells the whole
/// position, so it carries no amount. <see cref="Intent"/> is one of <see cref="TradeIntents"/>;
/// <see cref="ReferencePrice"/> is the price the decision saw, which fills are compared with.
/// <see cref="OperatorKey"/>, set on an operator's order, is the caller's idempotency key: the intent is that key, for
/// ever, instead of the intent name within a time bucket, so a retry hours later still finds the first order.
/// </summary>
public sealed record TradeRequest(
    Symbol Symbol,
    OrderSide Side,
    string Intent,
    decimal QuoteAmount,
    decimal ReferencePrice,
    string? TraceId = null,
    string? OperatorKey = null)
{
    public static TradeRequest Buy(
        Symbol symbol, decimal quoteAmount, decimal referencePrice, string intent = TradeIntents.Entry, string? traceId = null, string? operatorKey = null) =>
        new(symbol, OrderSide.Buy, intent, quoteAmount, referencePrice, traceId, operatorKey);

    public static TradeRequest SellAll(Symbol symbol, decimal referencePrice, string intent, string? traceId = null, string? operatorKey = null) =>
        new(symbol, OrderSide.Sell, intent, 0m, referencePrice, traceId, operatorKey);
}
