namespace CryptoAiBot.Domain.Exits;

/// <summary>Why a protective exit fired.</summary>
public enum ExitReason
{
    None = 0,
    StopLoss,
    TrailingStop,
}
