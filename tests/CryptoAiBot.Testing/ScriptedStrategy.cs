using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Testing;

/// <summary>A strategy that says what the test tells it to, counting how often it was asked.</summary>
public sealed class ScriptedStrategy : IStrategy
{
    private int _evaluations;

    public SignalAction Next { get; set; } = SignalAction.Hold;

    public string Name => "scripted";

    public int WarmupCandles => 0;

    public int Evaluations => Volatile.Read(ref _evaluations);

    public StrategySignal OnCandle(in Candle candle)
    {
        Interlocked.Increment(ref _evaluations);
        return new StrategySignal(Name, Next, Next switch { SignalAction.Buy => 1d, SignalAction.Sell => -1d, _ => 0d }, "scripted");
    }

    public void Reset()
    {
    }
}
