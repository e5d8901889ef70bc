namespace CryptoAiBot.Domain.Strategies;

/// <summary>How <see cref="AggregateStrategy"/> combines the signals of several strategies (STRATEGY_MODE).</summary>
public enum AggregationMode
{
    /// <summary>The signal of the first strategy, in list order, that is not hold.</summary>
    First = 0,

    /// <summary>Majority of buy against sell among the strategies that are not hold; a tie is hold.</summary>
    Vote = 1,

    /// <summary>Weighted sum of signal directions compared with a threshold.</summary>
    Weighted = 2,
}
