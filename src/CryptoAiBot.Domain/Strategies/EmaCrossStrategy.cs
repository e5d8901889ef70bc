using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Buys when the fast EMA of closes crosses above the slow one on the last closed candle and sells
/// when it crosses below. The score is the EMA gap relative to price, clamped to [-1, 1], so the
/// strength of a cross is visible to aggregation.
/// </summary>
public sealed class EmaCrossStrategy : IStrategy
{
    public const string StrategyName = "ema_cross";

    public EmaCrossStrategy(int fastPeriod = 12, int slowPeriod = 26)
    {
        if (fastPeriod <= 0 || slowPeriod <= fastPeriod)
        {
            throw new ArgumentException($"EMA periods must satisfy 0 < fast < slow; got fast={fastPeriod}, slow={slowPeriod}.");
        }

        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
    }

    public string Name => StrategyName;

    public int FastPeriod { get; }

    public int SlowPeriod { get; }

    public int WarmupCandles => SlowPeriod + 1;

    public StrategySignal Evaluate(IReadOnlyList<Candle> closedCandles)
    {
        if (closedCandles.Count < WarmupCandles)
        {
            return StrategySignal.Hold(Name, $"warming up: {closedCandles.Count}/{WarmupCandles} candles");
        }

        double fastAlpha = 2d / (FastPeriod + 1), slowAlpha = 2d / (SlowPeriod + 1);
        double fast = (double)closedCandles[0].Close, slow = fast, prevFast = fast, prevSlow = slow;
        for (var i = 1; i < closedCandles.Count; i++)
        {
            prevFast = fast;
            prevSlow = slow;
            var close = (double)closedCandles[i].Close;
            fast += fastAlpha * (close - fast);
            slow += slowAlpha * (close - slow);
        }

        var price = (double)closedCandles[^1].Close;
        var score = price > 0 ? Math.Clamp((fast - slow) / price * 100d, -1d, 1d) : 0d;
        var detail = $"EMA{FastPeriod}={fast:0.####} EMA{SlowPeriod}={slow:0.####}";
        if (prevFast <= prevSlow && fast > slow)
        {
            return new StrategySignal(Name, SignalAction.Buy, Math.Max(score, 1e-6), $"fast crossed above slow: {detail}");
        }

        if (prevFast >= prevSlow && fast < slow)
        {
            return new StrategySignal(Name, SignalAction.Sell, Math.Min(score, -1e-6), $"fast crossed below slow: {detail}");
        }

        return new StrategySignal(Name, SignalAction.Hold, score, $"no cross: {detail}");
    }
}
