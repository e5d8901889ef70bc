namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Every parameter of every strategy the <see cref="StrategyRegistry"/> can build, with the defaults
/// used when nothing is configured. Each strategy validates the ones it uses when it is created.
/// </summary>
public sealed record StrategyParameters
{
    /// <summary>All defaults.</summary>
    public static StrategyParameters Default { get; } = new();

    /// <summary>Fast EMA period of <c>ema_cross</c> and <c>signals_policy</c>.</summary>
    public int EmaFast { get; init; } = 12;

    /// <summary>Slow EMA period of <c>ema_cross</c> and <c>signals_policy</c>.</summary>
    public int EmaSlow { get; init; } = 26;

    /// <summary>RSI period of <c>rsi_momentum</c> and <c>signals_policy</c>.</summary>
    public int RsiPeriod { get; init; } = 14;

    /// <summary>Oversold level of <c>rsi_momentum</c>: buy when RSI crosses up through it.</summary>
    public double RsiBuyBelow { get; init; } = 30d;

    /// <summary>Overbought level of <c>rsi_momentum</c> and <c>signals_policy</c>.</summary>
    public double RsiSellAbove { get; init; } = 70d;

    /// <summary>Window of <c>bollinger</c>.</summary>
    public int BollingerPeriod { get; init; } = 20;

    /// <summary>Band width of <c>bollinger</c> in standard deviations.</summary>
    public double BollingerK { get; init; } = 2d;

    /// <summary>ATR period of <c>atr_breakout</c>.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>Channel length of <c>atr_breakout</c> in candles.</summary>
    public int AtrLookback { get; init; } = 20;

    /// <summary>ATR multiple added beyond the channel by <c>atr_breakout</c>.</summary>
    public double AtrMultiplier { get; init; } = 1d;

    /// <summary>Net weighted direction needed to buy (≥ +threshold) or sell (≤ −threshold) in weighted mode.</summary>
    public double WeightedThreshold { get; init; } = AggregateStrategy.DefaultThreshold;
}
