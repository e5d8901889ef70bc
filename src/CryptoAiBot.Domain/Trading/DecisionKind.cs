namespace CryptoAiBot.Domain.Trading;

/// <summary>What a symbol's decider wants done.</summary>
public enum DecisionKind
{
    None = 0,

    /// <summary>Open a position (long only).</summary>
    Enter,

    /// <summary>Sell the whole position.</summary>
    Exit,

    /// <summary>
    /// The strategy said buy, but the <see cref="EntryGate"/> held the entry back (trend filter, AI fusion);
    /// the reason says which. Not a trade: counted and shown, never executed.
    /// </summary>
    Filtered,
}
