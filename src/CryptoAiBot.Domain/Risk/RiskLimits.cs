namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// The thresholds the risk rules compare against. Every limit is disabled by 0; a negative value is a
/// configuration error that the settings module rejects at start, and is treated here as disabled.
/// Amounts are in the quote asset of the traded symbol, percentages are in percent (0.5 = 0.5%).
/// </summary>
public sealed record RiskLimits
{
    /// <summary>No rule enabled: every buy is allowed.</summary>
    public static RiskLimits None { get; } = new();

    /// <summary>Consecutive losing closed trades (PnL below zero) that stop new buys.</summary>
    public int LossStreakMax { get; init; }

    /// <summary>Drawdown from the equity peak, in percent, that stops new buys.</summary>
    public decimal MaxDrawdownPct { get; init; }

    /// <summary>Orders (all symbols, both sides) in the last 5 minutes that stop new buys.</summary>
    public int MaxOrders5m { get; init; }

    /// <summary>Quote turnover (all symbols, both sides) allowed in the last 5 minutes, this buy included.</summary>
    public decimal MaxTurnover5mQuote { get; init; }

    /// <summary>Minimum time between the last order on a symbol and a new buy on it.</summary>
    public TimeSpan Cooldown { get; init; }

    /// <summary>Realized loss in the current UTC day, in quote, that stops new buys.</summary>
    public decimal DailyLossLimitQuote { get; init; }

    /// <summary>Bid/ask spread, in percent of the mid price, that stops new buys.</summary>
    public decimal MaxSpreadPct { get; init; }

    /// <summary>
    /// Absolute correlation (0..1) with a symbol already held that stops a buy of the candidate symbol.
    /// </summary>
    public decimal MaxCorrelation { get; init; }

    /// <summary>Largest position, in base, a buy may leave behind.</summary>
    public decimal MaxPositionBase { get; init; }

    /// <summary>Orders (all symbols, both sides) in the last hour that stop new buys.</summary>
    public int MaxOrdersPerHour { get; init; }

    /// <summary>Orders (all symbols, both sides) in the current UTC day that stop new buys.</summary>
    public int MaxOrdersPerDay { get; init; }

    /// <summary>Quote turnover (all symbols, both sides) allowed in the current UTC day, this buy included.</summary>
    public decimal MaxTurnoverPerDayQuote { get; init; }

    /// <summary>Highest acceptable expected fee rate, in percent.</summary>
    public decimal MaxFeePct { get; init; }

    /// <summary>Highest acceptable expected slippage, in percent of the reference price.</summary>
    public decimal MaxSlippagePct { get; init; }
}
