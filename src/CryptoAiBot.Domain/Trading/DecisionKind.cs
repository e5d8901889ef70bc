namespace CryptoAiBot.Domain.Trading;

/// <summary>What a symbol's decider wants done.</summary>
public enum DecisionKind
{
    None = 0,

    /// <summary>Open a position (long only).</summary>
    Enter,

    /// <summary>Sell the whole position.</summary>
    Exit,
}
