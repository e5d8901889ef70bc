namespace CryptoAiBot.Domain.Regime;

/// <summary>The macro series the regime filter watches.</summary>
public enum MacroIndicator
{
    /// <summary>The US dollar index: a strong dollar has tended to weigh on crypto.</summary>
    Dxy,

    /// <summary>Bitcoin's share of the crypto market cap: a rising share means money leaving the rest.</summary>
    BtcDominance,
}
