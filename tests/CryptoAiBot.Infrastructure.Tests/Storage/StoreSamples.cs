using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Tests.Storage;

/// <summary>Builders for store tests: valid orders and fills with only the interesting fields named.</summary>
internal static class StoreSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    public static readonly Symbol Eth = Symbol.Parse("ETH/USDT");

    public static Order Order(
        string id, string? key = null, DateTimeOffset? createdAt = null, OrderStatus status = OrderStatus.Pending, Symbol? symbol = null) =>
        new()
        {
            ClientOrderId = new ClientOrderId(id),
            Symbol = symbol ?? Btc,
            Side = OrderSide.Buy,
            Intent = "entry",
            IdempotencyKey = key ?? "key-" + id,
            RequestedQuote = 100m,
            ReferencePrice = 50_000m,
            Status = status,
            CreatedAt = createdAt ?? T0,
            UpdatedAt = createdAt ?? T0,
        };

    public static Fill Fill(string tradeId, string orderId, DateTimeOffset time, decimal price = 50_000m, Symbol? symbol = null) =>
        new(new TradeId(tradeId), new ClientOrderId(orderId), symbol ?? Btc, OrderSide.Buy, price, 0.001m, 0.000001m, "BTC", time);
}
