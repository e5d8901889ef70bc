using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// One execution from <c>/spot/my_trades</c> (or a public trade, which has no order id, role or fees). Amount is base,
/// price is quote per base. The fee is in <see cref="FeeCurrency"/> (the received asset), or in GT / POINT instead.
/// </summary>
public sealed record GateTrade(
    string Id,
    string? OrderId,
    Symbol Symbol,
    OrderSide Side,
    GateTradeRole? Role,
    decimal Amount,
    decimal Price,
    decimal Fee,
    string? FeeCurrency,
    decimal PointFee,
    decimal GtFee,
    DateTimeOffset Time,
    string? Text)
{
    public decimal Cost => Amount * Price;
}
