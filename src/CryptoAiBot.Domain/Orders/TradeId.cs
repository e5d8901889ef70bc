namespace CryptoAiBot.Domain.Orders;

/// <summary>The exchange's id of one execution; a fill is identified by it and applied at most once.</summary>
public readonly record struct TradeId(string Value)
{
    public override string ToString() => Value;
}
