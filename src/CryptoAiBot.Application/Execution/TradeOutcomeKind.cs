namespace CryptoAiBot.Application.Execution;

/// <summary>How a trade request ended.</summary>
public enum TradeOutcomeKind
{
    /// <summary>Sent and recorded; the order carries its fills.</summary>
    Executed = 1,

    /// <summary>The same intent was already handled; nothing was sent, the first outcome is returned.</summary>
    Duplicate,

    /// <summary>Refused before or by the exchange; the order definitely does not exist there.</summary>
    Rejected,

    /// <summary>Sent, but the outcome is not known; settlement resolves it by asking the exchange.</summary>
    Unknown,
}
