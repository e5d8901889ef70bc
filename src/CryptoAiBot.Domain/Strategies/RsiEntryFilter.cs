using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Lets another strategy's buys through only while RSI is below <see cref="MaxRsi"/> (no entries into an
/// overbought market); sells and holds pass unchanged. Until RSI is ready no buy passes. The RSI sees
/// every candle, whatever the inner strategy says. O(1) and allocation-free per candle.
/// </summary>
public sealed class RsiEntryFilter : IStrategy
{
    public const string Overbought = "buy filtered: RSI not below the entry limit";

    private readonly IStrategy _inner;
    private readonly Rsi _rsi;

    public RsiEntryFilter(IStrategy inner, int period = 14, double maxRsi = 70d)
    {
        if (maxRsi is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRsi), maxRsi, "The RSI entry limit must be in (0, 100].");
        }

        _inner = inner;
        _rsi = new Rsi(period);
        MaxRsi = maxRsi;
        Name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{inner.Name}+rsi{period}<{maxRsi}");
    }

    /// <summary>The inner strategy's name with the filter, e.g. <c>ema_cross+rsi14&lt;70</c>, so reports say what traded.</summary>
    public string Name { get; }

    public double MaxRsi { get; }

    public double CurrentRsi => _rsi.Value;

    public int WarmupCandles => Math.Max(_inner.WarmupCandles, _rsi.WarmupPeriod);

    public StrategySignal OnCandle(in Candle candle)
    {
        _rsi.Update((double)candle.Close);
        var signal = _inner.OnCandle(candle);
        return signal.Action == SignalAction.Buy && !(_rsi.IsReady && _rsi.Value < MaxRsi)
            ? StrategySignal.Hold(signal.Strategy, Overbought, signal.Score)
            : signal;
    }

    public void Reset()
    {
        _inner.Reset();
        _rsi.Reset();
    }
}
