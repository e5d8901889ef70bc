namespace CryptoAiBot.Application.Backtesting;

/// <summary>At which price a backtest's market orders fill.</summary>
public enum FillModel
{
    /// <summary>At the open of the candle after the signal candle (default: no trading on a price already past).</summary>
    NextOpen = 0,

    /// <summary>At the close of the signal candle (optimistic).</summary>
    SignalClose,
}
