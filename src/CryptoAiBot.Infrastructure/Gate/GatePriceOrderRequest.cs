using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// What to place with <c>CreatePriceOrderAsync</c>. Amount is base (a long-only bot's protective exit is a sell);
/// <paramref name="Price"/> is required by Gate even for a market order. Time in force is <c>gtc</c> or <c>ioc</c> only.
/// Price, trigger price and amount are quantized to the market's precision before sending.
/// </summary>
public sealed record GatePriceOrderRequest(
    Symbol Symbol,
    decimal TriggerPrice,
    GateTriggerRule Rule,
    TimeSpan Expiration,
    GateOrderType Type,
    OrderSide Side,
    decimal Price,
    decimal Amount,
    GateTimeInForce TimeInForce = GateTimeInForce.Gtc);
