using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Bollinger mean reversion on closes (see <see cref="BollingerBands"/>; population deviation). Every
/// rule compares the previous close with the previous candle's bands and this close with this candle's:
/// <list type="bullet">
/// <item>buy when the close comes back inside from below the lower band (previous close &lt; previous
/// lower, lower ≤ close &lt; middle);</item>
/// <item>sell when the close reaches the middle band from below (previous close &lt; previous middle,
/// close ≥ middle): the reversion is done;</item>
/// <item>sell when the close breaks above the upper band (previous close ≤ previous upper, close &gt; upper).</item>
/// </list>
/// The rules are exclusive (a buy needs the close below the middle band, a sell at or above it). The
/// score is 1 − 2 × %B clamped to [-1, 1]: +1 at the lower band, 0 at the middle, −1 at the upper; on a
/// buy it is at least 1e-6 and on a sell at most −1e-6.
/// </summary>
public sealed class BollingerReversionStrategy : IStrategy
{
    public const string StrategyName = "bollinger";
    public const string WarmingUp = "warming up";
    public const string BackAboveLower = "close came back above the lower Bollinger band";
    public const string ReachedMiddle = "close reached the middle Bollinger band";
    public const string BrokeAboveUpper = "close broke above the upper Bollinger band";
    public const string InsideBands = "no Bollinger band cross";

    private readonly BollingerBands _bands;
    private int _seen;
    private double _previousClose;

    /// <param name="period">Window, at least 2.</param>
    /// <param name="k">Band width in standard deviations, &gt; 0.</param>
    public BollingerReversionStrategy(int period = 20, double k = 2d)
    {
        _bands = new BollingerBands(period, k);
    }

    public string Name => StrategyName;

    /// <summary>Window length.</summary>
    public int Period => _bands.Period;

    /// <summary>Band width in standard deviations.</summary>
    public double K => _bands.K;

    /// <summary>The bands need period closes; a cross needs the previous candle's bands too: period + 1.</summary>
    public int WarmupCandles => _bands.WarmupPeriod + 1;

    /// <summary>Lower band after the latest candle; <see cref="double.NaN"/> until period candles were seen.</summary>
    public double Lower => _bands.Lower;

    /// <summary>Middle band (SMA) after the latest candle; <see cref="double.NaN"/> until period candles were seen.</summary>
    public double Middle => _bands.Middle;

    /// <summary>Upper band after the latest candle; <see cref="double.NaN"/> until period candles were seen.</summary>
    public double Upper => _bands.Upper;

    public StrategySignal OnCandle(in Candle candle)
    {
        var close = (double)candle.Close;
        var previousClose = _previousClose;
        var previousLower = _bands.Lower;
        var previousMiddle = _bands.Middle;
        var previousUpper = _bands.Upper;
        _previousClose = close;
        _bands.Update(close);
        if (_seen < WarmupCandles && ++_seen < WarmupCandles)
        {
            return StrategySignal.Hold(Name, WarmingUp);
        }

        var score = Math.Clamp(1d - (2d * _bands.PercentB), -1d, 1d);
        if (previousClose < previousLower && close >= _bands.Lower && close < _bands.Middle)
        {
            return new StrategySignal(Name, SignalAction.Buy, Math.Max(score, 1e-6), BackAboveLower);
        }

        if (previousClose < previousMiddle && close >= _bands.Middle)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), ReachedMiddle);
        }

        if (previousClose <= previousUpper && close > _bands.Upper)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), BrokeAboveUpper);
        }

        return StrategySignal.Hold(Name, InsideBands, score);
    }

    public void Reset()
    {
        _bands.Reset();
        _seen = 0;
        _previousClose = 0d;
    }
}
