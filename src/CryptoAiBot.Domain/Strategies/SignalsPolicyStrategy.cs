using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// The seeds' composite <c>signals_policy</c>: an EMA trend cross filtered by RSI. EMAs are
/// <see cref="Ema"/> (seeded with the simple mean of their first closes), RSI is Wilder's.
/// <list type="bullet">
/// <item>buy on the candle where the fast EMA crosses above the slow one (previous fast ≤ previous slow,
/// fast &gt; slow) while RSI &lt; <see cref="RsiOverbought"/>; a cross while overbought is held, with
/// <see cref="CrossIgnoredOverbought"/> as the reason, and is not bought later in the same trend;</item>
/// <item>sell on the candle where the fast EMA crosses below the slow one (previous fast ≥ previous
/// slow, fast &lt; slow);</item>
/// <item>sell on the candle where RSI crosses up into overbought (previous ≤ level, current &gt; level).</item>
/// </list>
/// Buy and sell are exclusive (a buy needs fast &gt; slow and RSI below the level). The score is the EMA
/// gap in percent of price clamped to [-1, 1], as for <see cref="EmaCrossStrategy"/>; on a buy it is at
/// least 1e-6 and on a sell at most −1e-6.
/// </summary>
public sealed class SignalsPolicyStrategy : IStrategy
{
    public const string StrategyName = "signals_policy";
    public const string WarmingUp = "warming up";
    public const string TrendTurnedUp = "fast EMA crossed above slow EMA with RSI below overbought";
    public const string CrossIgnoredOverbought = "fast EMA crossed above slow EMA but RSI is overbought";
    public const string TrendTurnedDown = "fast EMA crossed below slow EMA";
    public const string TurnedOverbought = "RSI crossed up into overbought";
    public const string NoSignal = "no EMA cross and no RSI overbought cross";

    private readonly Ema _fast;
    private readonly Ema _slow;
    private readonly Rsi _rsi;
    private int _seen;

    /// <param name="emaFast">Fast EMA period, at least 1.</param>
    /// <param name="emaSlow">Slow EMA period, greater than <paramref name="emaFast"/>.</param>
    /// <param name="rsiPeriod">RSI period, at least 1.</param>
    /// <param name="rsiOverbought">Overbought level, in (0, 100).</param>
    public SignalsPolicyStrategy(int emaFast = 12, int emaSlow = 26, int rsiPeriod = 14, double rsiOverbought = 70d)
    {
        if (emaFast < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(emaFast), emaFast, "Fast EMA period must be at least 1.");
        }

        if (emaSlow <= emaFast)
        {
            throw new ArgumentOutOfRangeException(nameof(emaSlow), emaSlow, $"Slow EMA period must be greater than the fast one ({emaFast}).");
        }

        if (!(rsiOverbought > 0d && rsiOverbought < 100d))
        {
            throw new ArgumentOutOfRangeException(nameof(rsiOverbought), rsiOverbought, "RSI overbought level must be between 0 and 100 (exclusive).");
        }

        _fast = new Ema(emaFast);
        _slow = new Ema(emaSlow);
        _rsi = new Rsi(rsiPeriod);
        RsiOverbought = rsiOverbought;
    }

    public string Name => StrategyName;

    /// <summary>Fast EMA period.</summary>
    public int FastPeriod => _fast.Period;

    /// <summary>Slow EMA period.</summary>
    public int SlowPeriod => _slow.Period;

    /// <summary>RSI period.</summary>
    public int RsiPeriod => _rsi.Period;

    /// <summary>RSI overbought level.</summary>
    public double RsiOverbought { get; }

    /// <summary>Both crosses need the previous candle's values: max(slow + 1, RSI period + 2).</summary>
    public int WarmupCandles => Math.Max(_slow.WarmupPeriod, _rsi.WarmupPeriod) + 1;

    /// <summary>Fast EMA after the latest candle; <see cref="double.NaN"/> until fast-period candles were seen.</summary>
    public double Fast => _fast.Value;

    /// <summary>Slow EMA after the latest candle; <see cref="double.NaN"/> until slow-period candles were seen.</summary>
    public double Slow => _slow.Value;

    /// <summary>RSI after the latest candle; <see cref="double.NaN"/> until RSI period + 1 candles were seen.</summary>
    public double CurrentRsi => _rsi.Value;

    public StrategySignal OnCandle(in Candle candle)
    {
        var close = (double)candle.Close;
        var previousFast = _fast.Value;
        var previousSlow = _slow.Value;
        var previousRsi = _rsi.Value;
        var fast = _fast.Update(close);
        var slow = _slow.Update(close);
        var rsi = _rsi.Update(close);
        if (_seen < WarmupCandles && ++_seen < WarmupCandles)
        {
            return StrategySignal.Hold(Name, WarmingUp);
        }

        var score = close > 0d ? Math.Clamp((fast - slow) / close * 100d, -1d, 1d) : 0d;
        var crossedUp = previousFast <= previousSlow && fast > slow;
        if (crossedUp && rsi < RsiOverbought)
        {
            return new StrategySignal(Name, SignalAction.Buy, Math.Max(score, 1e-6), TrendTurnedUp);
        }

        if (previousFast >= previousSlow && fast < slow)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), TrendTurnedDown);
        }

        if (previousRsi <= RsiOverbought && rsi > RsiOverbought)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), TurnedOverbought);
        }

        return StrategySignal.Hold(Name, crossedUp ? CrossIgnoredOverbought : NoSignal, score);
    }

    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _rsi.Reset();
        _seen = 0;
    }
}
