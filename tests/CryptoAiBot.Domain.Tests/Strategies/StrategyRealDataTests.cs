using System.Reflection;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Tests.Indicators;

namespace CryptoAiBot.Domain.Tests.Strategies;

/// <summary>Every strategy on real candles: allocation-free, incremental, and well-formed verdicts.</summary>
public sealed class StrategyRealDataTests
{
    [Theory]
    [MemberData(nameof(RealDataStrategies.Names), MemberType = typeof(RealDataStrategies))]
    public void Allocates_nothing_per_candle_over_ten_thousand_real_candles(string name)
    {
        var strategy = RealDataStrategies.Create(name);
        var candles = RealCandles.EthUsdt15m.Candles;
        var sink = 0d;
        for (var i = 0; i < 1_000; i++)
        {
            sink += strategy.OnCandle(candles[i]).Score;
        }

        var allocated = AllocationProbe.Least(window =>
        {
            var (from, to) = AllocationProbe.Part(window, 1_000, 11_000);
            for (var i = from; i < to; i++)
            {
                sink += strategy.OnCandle(candles[i]).Score;
            }
        });

        Assert.Equal(0, allocated);
        Assert.True(double.IsFinite(sink));
    }

    [Theory]
    [MemberData(nameof(RealDataStrategies.Names), MemberType = typeof(RealDataStrategies))]
    public void Feeding_candles_one_by_one_equals_a_fresh_strategy_on_each_prefix(string name)
    {
        var candles = RealCandles.BtcUsdt1m.Candles[..160];
        var incremental = RealDataStrategies.Create(name);
        var fresh = RealDataStrategies.Create(name);

        var fed = Array.ConvertAll(candles, c => incremental.OnCandle(c));

        for (var i = 0; i < candles.Length; i++)
        {
            Assert.Equal(fresh.Evaluate(candles[..(i + 1)]), fed[i]);
        }
    }

    [Theory]
    [MemberData(nameof(RealDataStrategies.Names), MemberType = typeof(RealDataStrategies))]
    public void Signals_both_ways_with_scores_in_range_agreeing_with_the_action_and_constant_reasons(string name)
    {
        var strategy = RealDataStrategies.Create(name);
        var reasons = ConstantReasons(strategy);

        var signals = strategy.FeedAll(RealCandles.EthUsdt15m.Candles[..10_000]);

        Assert.Contains(signals, s => s.Action == SignalAction.Buy);
        Assert.Contains(signals, s => s.Action == SignalAction.Sell);
        Assert.All(signals[..(strategy.WarmupCandles - 1)], s => Assert.Equal(SignalAction.Hold, s.Action));
        var malformed = signals.Where(s => !(s.Score is >= -1d and <= 1d)
            || (s.Action == SignalAction.Buy && s.Score <= 0d)
            || (s.Action == SignalAction.Sell && s.Score >= 0d)
            || !reasons.Contains(s.Reason));
        Assert.Empty(malformed);
    }

    /// <summary>The public string constants of the strategy's type and, for an aggregate, of its children's types.</summary>
    private static HashSet<string> ConstantReasons(IStrategy strategy)
    {
        var types = strategy is AggregateStrategy a ? a.Strategies.Select(s => s.GetType()).Append(a.GetType()) : [strategy.GetType()];
        return [.. types
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];
    }
}
