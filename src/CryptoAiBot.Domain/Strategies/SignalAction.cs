namespace CryptoAiBot.Domain.Strategies;

/// <summary>What a strategy suggests. Long only: <see cref="Sell"/> means leave the position.</summary>
public enum SignalAction
{
    Hold = 0,
    Buy = 1,
    Sell = 2,
}
