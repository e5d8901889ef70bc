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

    // MaxDrawdown * Peak, the same product the drawdown test computed every candle, kept until either changes.
    private decimal _drawdownDepth;

    public decimal StartEquity { get; private set; }

    public decimal Equity { get; private set; }

    public decimal Peak { get; private set; }

    /// <summary>Deepest fall from a peak, as a fraction of that peak (0.25 = 25%).</summary>
    public decimal MaxDrawdown { get; private set; }

    public long Candles { get; private set; }

    public long CandlesInMarket { get; private set; }

    public void Add(decimal equity, bool inMarket)
    {
        // The same value in the same representation (scale) converts to the same double, so the shortcut below
        // yields exactly what the full update would.
        if (Candles > 0 && equity == Equity && equity.Scale == Equity.Scale)
        {
            AddUnchanged(equity, inMarket);
            return;
        }

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
            _drawdownDepth = MaxDrawdown * Peak;
        }
        else if (Peak > 0 && Peak - equity > _drawdownDepth)
        {
            // Divide only for a new deepest drawdown: decimal division is the costliest step per candle.
            MaxDrawdown = (Peak - equity) / Peak;
            _drawdownDepth = MaxDrawdown * Peak;
        }
    }

    /// <summary>
    /// The same update for a candle whose equity is the last one's (every candle out of the market): the return is
    /// exactly 0, and peak and drawdown cannot move (they already reflect this equity), so the decimal work and the
    /// conversion to double are skipped.
    /// </summary>
    private void AddUnchanged(decimal equity, bool inMarket)
    {
        Candles++;
        if (_previous > 0)
        {
            // current / _previous - 1 is exactly 0 here; the running moments still count the zero return.
            const double r = 0d;
            _returns++;
            var delta = r - _mean;
            _mean += delta / _returns;
            _m2 += delta * (r - _mean);
        }

        Equity = equity;
        CandlesInMarket += inMarket ? 1 : 0;
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
