using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Tests.Orders;

/// <summary>Fills and orders on BTC/USDT, minutes after a fixed start, for the order and position tests.</summary>
internal static class TestFills
{
    public static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static readonly ClientOrderId BuyOrderId = new("t-buy-1");

    public static readonly ClientOrderId SellOrderId = new("t-sell-1");

    public static Fill Buy(string tradeId, decimal quantity, decimal price, decimal fee = 0m, string feeAsset = "USDT", int minute = 0) =>
        new(new TradeId(tradeId), BuyOrderId, Btc, OrderSide.Buy, price, quantity, fee, feeAsset, Start.AddMinutes(minute));

    public static Fill Sell(string tradeId, decimal quantity, decimal price, decimal fee = 0m, string feeAsset = "USDT", int minute = 0) =>
        new(new TradeId(tradeId), SellOrderId, Btc, OrderSide.Sell, price, quantity, fee, feeAsset, Start.AddMinutes(minute));

    public static Order BuyOrder(OrderStatus status = OrderStatus.Pending) => new()
    {
        ClientOrderId = BuyOrderId,
        Symbol = Btc,
        Side = OrderSide.Buy,
        Intent = "entry",
        IdempotencyKey = "entry:BTC/USDT:1",
        RequestedQuote = 100m,
        ReferencePrice = 100m,
        Status = status,
        CreatedAt = Start,
        UpdatedAt = Start,
    };
}
