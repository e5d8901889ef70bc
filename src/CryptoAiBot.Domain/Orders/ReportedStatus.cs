namespace CryptoAiBot.Domain.Orders;

/// <summary>
/// The status an exchange report implies for an order, which can depend on whether the order has any fill
/// (an open order with fills is partially filled).
/// </summary>
/// <param name="WithFills">The status when the order has filled anything.</param>
/// <param name="WithoutFills">The status when it has not.</param>
public readonly record struct ReportedStatus(OrderStatus WithFills, OrderStatus WithoutFills);
