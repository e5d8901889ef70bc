using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Volatility breakout: a channel of the highest and lowest close of the previous
/// <see cref="Lookback"/> candles (this one excluded), widened on both sides by
/// <see cref="Multiplier"/> × ATR as of the previous candle (Wilder ATR, see <see cref="Atr"/>), so the
/// breakout candle's own range does not move the bar it must clear.
/// <list type="bullet">
/// <item>buy when the close is above highest + multiplier × ATR;</item>
/// <item>sell when the close is below lowest − multiplier × ATR: the trend that carried a breakout has
/// failed (the channel low trails the price up, so this is also a trailing exit).</item>
/// </list>
/// The rules are levels, not crosses: each candle that closes outside the widened channel signals. The
/// score is the close's position in the widened channel, clamped to [-1, 1]: −1 at the sell edge, 0 in
/// the middle, +1 at the buy edge (0 when the channel has no width).
/// </summary>
public sealed class AtrBreakoutStrategy : IStrategy
{
    public const string StrategyName = "atr_breakout";
    public const string WarmingUp = "warming up";
    public const string BrokeOutUp = "close broke above the channel high plus ATR";
    public const string BrokeOutDown = "close broke below the channel low minus ATR";
    public const string InsideChannel = "close inside the ATR channel";

    private readonly Atr _atr;
    private readonly RollingMaximum _highest;
    private readonly RollingMinimum _lowest;
    private int _seen;

    /// <param name="atrPeriod">ATR period, at least 1.</param>
    /// <param name="lookback">Channel length in candles, at least 1.</param>
    /// <param name="multiplier">ATR multiple beyond the channel, finite and &gt; 0.</param>
    public AtrBreakoutStrategy(int atrPeriod = 14, int lookback = 20, double multiplier = 1d)
    {
        if (lookback < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lookback), lookback, "ATR breakout lookback must be at least 1 candle.");
        }

        if (!double.IsFinite(multiplier) || multiplier <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "ATR breakout multiplier must be a finite number > 0.");
        }

        _atr = new Atr(atrPeriod);
        _highest = new RollingMaximum(lookback);
        _lowest = new RollingMinimum(lookback);
        Multiplier = multiplier;
    }

    public string Name => StrategyName;

    /// <summary>ATR period.</summary>
    public int AtrPeriod => _atr.Period;

    /// <summary>Channel length in candles.</summary>
    public int Lookback => _highest.Period;

    /// <summary>ATR multiple beyond the channel.</summary>
    public double Multiplier { get; }

    /// <summary>max(ATR period, lookback) previous candles, then the candle judged: max(atrPeriod, lookback) + 1.</summary>
    public int WarmupCandles => Math.Max(_atr.WarmupPeriod, _highest.WarmupPeriod) + 1;

    /// <summary>ATR after the latest candle; <see cref="double.NaN"/> until ATR-period candles were seen.</summary>
    public double CurrentAtr => _atr.Value;

    public StrategySignal OnCandle(in Candle candle)
    {
        var close = (double)candle.Close;
        var band = Multiplier * _atr.Value;
        var upper = _highest.Value + band;
        var lower = _lowest.Value - band;
        _atr.Update((double)candle.High, (double)candle.Low, close);
        _highest.Update(close);
        _lowest.Update(close);
        if (_seen < WarmupCandles && ++_seen < WarmupCandles)
        {
            return StrategySignal.Hold(Name, WarmingUp);
        }

        var halfWidth = (upper - lower) / 2d;
        var score = halfWidth > 0d ? Math.Clamp((close - (lower + halfWidth)) / halfWidth, -1d, 1d) : 0d;
        if (close > upper)
        {
            return new StrategySignal(Name, SignalAction.Buy, Math.Max(score, 1e-6), BrokeOutUp);
        }

        if (close < lower)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), BrokeOutDown);
        }

        return StrategySignal.Hold(Name, InsideChannel, score);
    }

    public void Reset()
    {
        _atr.Reset();
        _highest.Reset();
        _lowest.Reset();
        _seen = 0;
    }
}
