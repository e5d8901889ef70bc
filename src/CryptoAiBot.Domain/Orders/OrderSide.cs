namespace CryptoAiBot.Domain.Orders;

/// <summary>Direction of an order. The bot is long only: buys open, sells close.</summary>
public enum OrderSide
{
    Buy = 1,
    Sell = 2,
}
