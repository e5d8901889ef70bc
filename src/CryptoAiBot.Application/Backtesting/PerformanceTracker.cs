namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Running statistics of the equity curve, one update per candle, no storage: per-candle returns
/// (mean and variance by Welford's method, downside deviation), the running peak and the deepest
/// drawdown, and time in the market.
/// </summary>
public sealed class PerformanceTracker
{
    private double _previous;
    private long _returns;
    private double _mean;
    private double _m2;
    private double _downsideSquares;

    public decimal StartEquity { get; private set; }

    public decimal Equity { get; private set; }

    public decimal Peak { get; private set; }

    /// <summary>Deepest fall from a peak, as a fraction of that peak (0.25 = 25%).</summary>
    public decimal MaxDrawdown { get; private set; }

    public long Candles { get; private set; }

    public long CandlesInMarket { get; private set; }

    public void Add(decimal equity, bool inMarket)
    {
        // Returns are statistics: double keeps the per-candle cost low; equity and drawdown stay decimal.
        var current = (double)equity;
        if (Candles++ == 0)
        {
            StartEquity = Peak = equity;
        }
        else if (_previous > 0)
        {
            var r = current / _previous - 1d;
            _returns++;
            var delta = r - _mean;
            _mean += delta / _returns;
            _m2 += delta * (r - _mean);
            _downsideSquares += r < 0 ? r * r : 0d;
        }

        _previous = current;
        Equity = equity;
        CandlesInMarket += inMarket ? 1 : 0;
        if (equity > Peak)
        {
            Peak = equity;
        }
        else if (Peak > 0 && Peak - equity > MaxDrawdown * Peak)
        {
            // Divide only for a new deepest drawdown: decimal division is the costliest step per candle.
            MaxDrawdown = (Peak - equity) / Peak;
        }
    }

    public decimal TotalReturn => StartEquity > 0 ? Equity / StartEquity - 1m : 0m;

    public double Exposure => Candles > 0 ? (double)CandlesInMarket / Candles : 0d;

    /// <summary>Annualized Sharpe ratio of per-candle returns (risk-free rate 0).</summary>
    public double Sharpe(double periodsPerYear)
    {
        var variance = _returns > 1 ? _m2 / (_returns - 1) : 0d;
        return variance > 0 ? _mean / Math.Sqrt(variance) * Math.Sqrt(periodsPerYear) : 0d;
    }

    /// <summary>Annualized Sortino ratio: mean return over the downside deviation.</summary>
    public double Sortino(double periodsPerYear)
    {
        var downside = _returns > 0 ? Math.Sqrt(_downsideSquares / _returns) : 0d;
        return downside > 0 ? _mean / downside * Math.Sqrt(periodsPerYear) : 0d;
    }
}
