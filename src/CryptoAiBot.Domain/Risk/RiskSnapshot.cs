using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Risk;

/// <summary>
/// The state the risk rules judge a trade against, computed by the caller from storage, the account
/// and the order book. Every property is required: a forgotten field would silently disable a rule.
/// </summary>
public sealed record RiskSnapshot
{
    /// <summary>
    /// Orders placed across all symbols, at least those of the last 24 hours (and since the start of the
    /// current UTC day). Frequency and turnover limits count every symbol; the cooldown filters by symbol.
    /// </summary>
    public required IReadOnlyList<RecentOrder> RecentOrders { get; init; }

    /// <summary>
    /// Realized PnL of closed trades, oldest first. The caller chooses the span (for example the current
    /// day), which decides when a loss streak is forgotten.
    /// </summary>
    public required IReadOnlyList<decimal> ClosedTradePnls { get; init; }

    /// <summary>Realized PnL in the current UTC day, in quote; a loss is negative.</summary>
    public required decimal RealizedPnlTodayQuote { get; init; }

    /// <summary>Current account equity, in quote.</summary>
    public required decimal EquityQuote { get; init; }

    /// <summary>Highest equity seen, in quote; the drawdown is measured from it.</summary>
    public required decimal EquityPeakQuote { get; init; }

    /// <summary>Best bid of the proposed symbol.</summary>
    public required decimal Bid { get; init; }

    /// <summary>Best ask of the proposed symbol.</summary>
    public required decimal Ask { get; init; }

    /// <summary>Current position in the proposed symbol, in base.</summary>
    public required decimal PositionBase { get; init; }

    /// <summary>Base positions held in other symbols; zero entries are ignored.</summary>
    public required IReadOnlyDictionary<Symbol, decimal> OpenPositions { get; init; }

    /// <summary>
    /// Pairwise correlations, looked up in both key orders. A missing pair is unknown and blocks nothing.
    /// </summary>
    public required IReadOnlyDictionary<(Symbol, Symbol), decimal> Correlations { get; init; }

    /// <summary>Expected fee rate of the proposed order, in percent.</summary>
    public required decimal ExpectedFeePct { get; init; }

    /// <summary>Expected slippage of the proposed order, in percent of the reference price.</summary>
    public required decimal ExpectedSlippagePct { get; init; }
}
