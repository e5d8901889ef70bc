namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>How the signals of several strategies are combined (STRATEGY_MODE).</summary>
public enum StrategyCombineMode
{
    First,
    Vote,
    Weighted,
}
