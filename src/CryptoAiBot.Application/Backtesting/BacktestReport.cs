namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// What a backtest produced. Contains nothing that varies between runs (no wall-clock time, no
/// durations): two runs over the same input serialize to the same bytes.
/// </summary>
public sealed record BacktestReport(
    string Symbol,
    string Timeframe,
    string Strategy,
    string FillModel,
    decimal SlippageBps,
    string Stops,
    decimal FeePct,
    long Candles,
    long FirstCandleMs,
    long LastCandleMs,
    BacktestMetrics Metrics,
    IReadOnlyList<BacktestTrade> Trades,
    IReadOnlyList<EquityPoint> EquityCurve,
    string TrendFilter = "off",
    string Sizer = "",
    IReadOnlyList<HeldBackBuys>? HeldBack = null);
