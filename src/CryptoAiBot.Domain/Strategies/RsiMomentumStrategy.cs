using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// RSI momentum on closes (Wilder RSI, see <see cref="Rsi"/>). Buys on the candle where RSI crosses up
/// through the oversold level (previous RSI &lt; <see cref="BuyBelow"/>, current ≥ it): selling
/// pressure has turned. Sells on the candle where RSI crosses down through the overbought level
/// (previous &gt; <see cref="SellAbove"/>, current ≤ it). The score is (50 − RSI) / 50, which is in
/// [-1, 1] (oversold is bullish); on a buy it is at least 1e-6 and on a sell at most −1e-6, so the
/// sign always agrees with the action.
/// </summary>
public sealed class RsiMomentumStrategy : IStrategy
{
    public const string StrategyName = "rsi_momentum";
    public const string WarmingUp = "warming up";
    public const string CrossedUpFromOversold = "RSI crossed up out of oversold";
    public const string CrossedDownFromOverbought = "RSI crossed down out of overbought";
    public const string NoCross = "no RSI cross";

    private readonly Rsi _rsi;
    private int _seen;

    /// <param name="period">RSI period, at least 1.</param>
    /// <param name="buyBelow">Oversold level, in (0, 100).</param>
    /// <param name="sellAbove">Overbought level, in (<paramref name="buyBelow"/>, 100).</param>
    public RsiMomentumStrategy(int period = 14, double buyBelow = 30d, double sellAbove = 70d)
    {
        if (!(buyBelow > 0d && buyBelow < 100d))
        {
            throw new ArgumentOutOfRangeException(nameof(buyBelow), buyBelow, "RSI buy level must be between 0 and 100 (exclusive).");
        }

        if (!(sellAbove > buyBelow && sellAbove < 100d))
        {
            throw new ArgumentOutOfRangeException(nameof(sellAbove), sellAbove, $"RSI sell level must be above the buy level ({buyBelow}) and below 100.");
        }

        _rsi = new Rsi(period);
        BuyBelow = buyBelow;
        SellAbove = sellAbove;
    }

    public string Name => StrategyName;

    /// <summary>RSI period.</summary>
    public int Period => _rsi.Period;

    /// <summary>Oversold level.</summary>
    public double BuyBelow { get; }

    /// <summary>Overbought level.</summary>
    public double SellAbove { get; }

    /// <summary>RSI needs period + 1 closes; a cross needs the RSI of the previous candle too: period + 2.</summary>
    public int WarmupCandles => _rsi.WarmupPeriod + 1;

    /// <summary>RSI after the latest candle; <see cref="double.NaN"/> until period + 1 candles were seen.</summary>
    public double CurrentRsi => _rsi.Value;

    public StrategySignal OnCandle(in Candle candle)
    {
        var previous = _rsi.Value;
        var rsi = _rsi.Update((double)candle.Close);
        if (_seen < WarmupCandles && ++_seen < WarmupCandles)
        {
            return StrategySignal.Hold(Name, WarmingUp);
        }

        var score = (50d - rsi) / 50d;
        if (previous < BuyBelow && rsi >= BuyBelow)
        {
            return new StrategySignal(Name, SignalAction.Buy, Math.Max(score, 1e-6), CrossedUpFromOversold);
        }

        if (previous > SellAbove && rsi <= SellAbove)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), CrossedDownFromOverbought);
        }

        return StrategySignal.Hold(Name, NoCross, score);
    }

    public void Reset()
    {
        _rsi.Reset();
        _seen = 0;
    }
}
