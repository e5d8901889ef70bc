namespace CryptoAiBot.Application.Backtesting;

/// <summary>Which prices of a candle the protective stops are checked against.</summary>
public enum StopEvaluation
{
    /// <summary>The close only (default), exactly as the live cycle decides on each closed candle.</summary>
    OnClose = 0,

    /// <summary>
    /// The low first, then the close (pessimistic ordering: within a candle the adverse move is assumed to come
    /// first, and the high of that candle does not raise the trail before the low is checked).
    /// </summary>
    Intrabar,
}
