using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Trend;

/// <summary>
/// The trend of one timeframe as a number in [-1, 1], updated once per closed candle of that timeframe:
/// <c>tanh((close − EMA(n)) / (k × ATR(m)))</c>, the EMA and the Wilder ATR both including the candle.
/// <para>
/// Why this measure rather than the sign of an EMA cross: it is continuous (a close barely above its
/// average scores near 0, a close several ATRs above it near 1), it is scaled by the timeframe's own
/// volatility so a 1h score and a 1w score mean the same thing and can be weighted together, and tanh
/// keeps it inside [-1, 1] without a clamp. When the ATR is 0 (a perfectly flat market) the score is the
/// sign of the distance, and 0 when the close sits on its average.
/// </para>
/// O(1) per candle, allocation-free. <see cref="Score"/> is NaN until <see cref="WarmupCandles"/> candles
/// have been seen.
/// </summary>
public sealed class TrendMeasure
{
    private readonly Ema _ema;
    private readonly Atr _atr;

    /// <param name="emaPeriod">Period of the EMA of closes, at least 1.</param>
    /// <param name="atrPeriod">Period of the Wilder ATR, at least 1.</param>
    /// <param name="atrMultiple">Distance from the EMA, in ATRs, that maps to tanh(1); greater than 0.</param>
    public TrendMeasure(int emaPeriod, int atrPeriod, double atrMultiple)
    {
        if (!(atrMultiple > 0d) || double.IsInfinity(atrMultiple))
        {
            throw new ArgumentOutOfRangeException(nameof(atrMultiple), atrMultiple, "ATR multiple must be a finite number > 0.");
        }

        _ema = new Ema(emaPeriod);
        _atr = new Atr(atrPeriod);
        AtrMultiple = atrMultiple;
        WarmupCandles = Math.Max(_ema.WarmupPeriod, _atr.WarmupPeriod);
    }

    /// <summary>Distance from the EMA, in ATRs, that maps to tanh(1).</summary>
    public double AtrMultiple { get; }

    /// <summary>Closed candles needed before <see cref="IsReady"/>: the longer of the EMA's and the ATR's warm-up.</summary>
    public int WarmupCandles { get; }

    /// <summary>True once both the EMA and the ATR are ready.</summary>
    public bool IsReady => _ema.IsReady && _atr.IsReady;

    /// <summary>The trend as of the latest candle, in [-1, 1]; NaN until ready.</summary>
    public double Score { get; private set; } = double.NaN;

    /// <summary>Adds the next closed candle of the timeframe and returns the new <see cref="Score"/>.</summary>
    public double Update(in Candle candle)
    {
        var close = (double)candle.Close;
        var ema = _ema.Update(close);
        var atr = _atr.Update((double)candle.High, (double)candle.Low, close);
        if (!IsReady)
        {
            return Score;
        }

        var distance = close - ema;
        // ATR 0 turns a non-zero distance into ±infinity, which tanh maps to ±1.
        Score = distance == 0d ? 0d : Math.Tanh(distance / (AtrMultiple * atr));
        return Score;
    }

    /// <summary>Forgets every candle, as if newly created.</summary>
    public void Reset()
    {
        _ema.Reset();
        _atr.Reset();
        Score = double.NaN;
    }
}
