namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Whether our side of a trade took or made liquidity.</summary>
public enum GateTradeRole
{
    Taker = 1,
    Maker,
}
