namespace CryptoAiBot.Domain.Indicators;

/// <summary>
/// Moving average convergence/divergence: MACD line = EMA(fast) − EMA(slow) of closes, signal line =
/// EMA(signal) of the MACD line, histogram = MACD − signal. Every EMA is an <see cref="Ema"/> (seeded
/// with the simple mean of its first inputs). The signal EMA starts with the first MACD value, i.e. at
/// close number <see cref="SlowPeriod"/>. O(1), allocation-free.
/// </summary>
public sealed class Macd
{
    private readonly Ema _fast;
    private readonly Ema _slow;
    private readonly Ema _signal;

    /// <param name="fast">Fast EMA period, at least 1.</param>
    /// <param name="slow">Slow EMA period, greater than <paramref name="fast"/>.</param>
    /// <param name="signal">Signal EMA period, at least 1.</param>
    public Macd(int fast = 12, int slow = 26, int signal = 9)
    {
        if (fast < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fast), fast, "MACD fast period must be at least 1.");
        }

        if (slow <= fast)
        {
            throw new ArgumentOutOfRangeException(nameof(slow), slow, $"MACD slow period must be greater than the fast period ({fast}).");
        }

        if (signal < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(signal), signal, "MACD signal period must be at least 1.");
        }

        _fast = new Ema(fast);
        _slow = new Ema(slow);
        _signal = new Ema(signal);
        Reset();
    }

    /// <summary>Fast EMA period.</summary>
    public int FastPeriod => _fast.Period;

    /// <summary>Slow EMA period.</summary>
    public int SlowPeriod => _slow.Period;

    /// <summary>Signal EMA period.</summary>
    public int SignalPeriod => _signal.Period;

    /// <summary>
    /// Closes needed before <see cref="IsReady"/> (all three outputs): slow + signal − 1. The MACD line
    /// alone exists from close number <see cref="SlowPeriod"/> (see <see cref="IsMacdLineReady"/>).
    /// </summary>
    public int WarmupPeriod => SlowPeriod + SignalPeriod - 1;

    /// <summary>True once the MACD line, the signal line and the histogram all have values.</summary>
    public bool IsReady => _signal.IsReady;

    /// <summary>True once the MACD line has a value (after <see cref="SlowPeriod"/> closes).</summary>
    public bool IsMacdLineReady => _slow.IsReady;

    /// <summary>EMA(fast) − EMA(slow); <see cref="double.NaN"/> until <see cref="IsMacdLineReady"/>.</summary>
    public double MacdLine { get; private set; }

    /// <summary>EMA of the MACD line; <see cref="double.NaN"/> until ready.</summary>
    public double SignalLine { get; private set; }

    /// <summary>MACD line − signal line; <see cref="double.NaN"/> until ready.</summary>
    public double Histogram { get; private set; }

    /// <summary>Adds the next close and updates the three outputs.</summary>
    public void Update(double close)
    {
        var fast = _fast.Update(close);
        var slow = _slow.Update(close);
        if (!_slow.IsReady)
        {
            return;
        }

        MacdLine = fast - slow;
        SignalLine = _signal.Update(MacdLine);
        Histogram = MacdLine - SignalLine;
    }

    /// <summary>Forgets every close, as if newly created.</summary>
    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        MacdLine = SignalLine = Histogram = double.NaN;
    }
}
