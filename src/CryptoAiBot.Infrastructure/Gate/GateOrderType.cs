namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Spot order type. A market buy's amount is in quote (what to spend); every other amount is in base.</summary>
public enum GateOrderType
{
    Limit = 1,
    Market,
}
