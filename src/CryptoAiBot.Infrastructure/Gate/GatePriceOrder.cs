using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A spot price-triggered order (<c>/spot/price_orders</c>): when the last price meets <see cref="Rule"/> against
/// <see cref="TriggerPrice"/> within <see cref="Expiration"/>, Gate places the spot order described by the rest.
/// </summary>
/// <remarks>
/// <para><c>FiredOrderId</c>: The spot order placed when it triggered; null before.</para>
/// </remarks>
public sealed record GatePriceOrder(
    string Id,
    Symbol Symbol,
    decimal TriggerPrice,
    GateTriggerRule Rule,
    TimeSpan Expiration,
    GateOrderType Type,
    OrderSide Side,
    decimal Price,
    decimal Amount,
    string? Account,
    GateTimeInForce? TimeInForce,
    GatePriceOrderStatus Status,
    string? Reason,
    string? FiredOrderId,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? FinishedAt);
