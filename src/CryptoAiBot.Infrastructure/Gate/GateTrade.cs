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

    /// <summary>The fees charged, in the order fee currency, GT, POINT; zeroes left out.</summary>
    public IReadOnlyList<(string Currency, decimal Amount)> Fees =>
    [
        .. new[] { (GateFeeBook.Received(Symbol, Side, FeeCurrency), Fee), (GateFeeBook.Gt, GtFee), (GateFeeBook.Point, PointFee) }
            .Where(part => part.Item2 != 0m),
    ];
}
