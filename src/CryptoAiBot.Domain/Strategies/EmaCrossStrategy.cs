using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Buys when the fast EMA of closes crosses above the slow one on the latest closed candle and sells
/// when it crosses below. Both EMAs start at the first close. The score is the EMA gap in percent of
/// price, clamped to [-1, 1], so the strength of a cross is visible to aggregation.
/// </summary>
public sealed class EmaCrossStrategy : IStrategy
{
    public const string StrategyName = "ema_cross";
    public const string WarmingUp = "warming up";
    public const string CrossedAbove = "fast EMA crossed above slow EMA";
    public const string CrossedBelow = "fast EMA crossed below slow EMA";
    public const string NoCross = "no EMA cross";

    private readonly double _fastAlpha;
    private readonly double _slowAlpha;
    private int _seen;

    public EmaCrossStrategy(int fastPeriod = 12, int slowPeriod = 26)
    {
        if (fastPeriod <= 0 || slowPeriod <= fastPeriod)
        {
            throw new ArgumentException($"EMA periods must satisfy 0 < fast < slow; got fast={fastPeriod}, slow={slowPeriod}.");
        }

        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
        _fastAlpha = 2d / (fastPeriod + 1);
        _slowAlpha = 2d / (slowPeriod + 1);
    }

    public string Name => StrategyName;

    public int FastPeriod { get; }

    public int SlowPeriod { get; }

    public int WarmupCandles => SlowPeriod + 1;

    /// <summary>The fast EMA after the latest candle.</summary>
    public double Fast { get; private set; }

    /// <summary>The slow EMA after the latest candle.</summary>
    public double Slow { get; private set; }

    public StrategySignal OnCandle(in Candle candle)
    {
        var close = (double)candle.Close;
        var previousFast = Fast;
        var previousSlow = Slow;
        if (_seen++ == 0)
        {
            Fast = Slow = previousFast = previousSlow = close;
        }
        else
        {
            Fast += _fastAlpha * (close - Fast);
            Slow += _slowAlpha * (close - Slow);
        }

        if (_seen < WarmupCandles)
        {
            return StrategySignal.Hold(Name, WarmingUp);
        }

        var score = close > 0 ? Math.Clamp((Fast - Slow) / close * 100d, -1d, 1d) : 0d;
        if (previousFast <= previousSlow && Fast > Slow)
        {
            return new StrategySignal(Name, SignalAction.Buy, Math.Max(score, 1e-6), CrossedAbove);
        }

        if (previousFast >= previousSlow && Fast < Slow)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), CrossedBelow);
        }

        return StrategySignal.Hold(Name, NoCross, score);
    }

    public void Reset()
    {
        _seen = 0;
        Fast = Slow = 0d;
    }
}
