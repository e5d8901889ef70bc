using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class RsiEntryFilterTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 3, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Blocks_buys_while_rsi_is_at_or_above_the_limit_and_lets_them_through_below_it()
    {
        // Steadily rising closes: RSI is 100 once ready, so every buy is filtered.
        var rising = new RsiEntryFilter(new Always(SignalAction.Buy), 3, 70d);
        var risingSignals = Enumerable.Range(0, 10).Select(i => rising.OnCandle(Bar(100m + i))).ToArray();

        // Alternating closes: RSI settles near 50, below the limit, so buys pass once it is ready.
        var choppy = new RsiEntryFilter(new Always(SignalAction.Buy), 3, 70d);
        var choppySignals = Enumerable.Range(0, 10).Select(i => choppy.OnCandle(Bar(i % 2 == 0 ? 100m : 101m))).ToArray();

        Assert.All(risingSignals, s => Assert.Equal((SignalAction.Hold, RsiEntryFilter.Overbought), (s.Action, s.Reason)));
        Assert.All(choppySignals[..3], s => Assert.Equal(SignalAction.Hold, s.Action));
        Assert.All(choppySignals[4..], s => Assert.Equal(SignalAction.Buy, s.Action));
    }

    [Fact]
    public void Passes_sells_unchanged_and_names_itself_after_the_inner_strategy()
    {
        var filter = new RsiEntryFilter(new Always(SignalAction.Sell), 14, 70d);

        var signal = filter.OnCandle(Bar(100m));

        Assert.Equal(SignalAction.Sell, signal.Action);
        Assert.Equal("always+rsi14<70", filter.Name);
    }

    private static Candle Bar(decimal close) => new(Start, close, close, close, close, 1m);

    private sealed class Always(SignalAction action) : IStrategy
    {
        public string Name => "always";

        public int WarmupCandles => 0;

        public StrategySignal OnCandle(in Candle candle) => new(Name, action, action == SignalAction.Buy ? 1d : -1d, "always");

        public void Reset()
        {
        }
    }
}
