using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Domain.Tests.Trading;

public sealed class SymbolDeciderTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Proposes_an_entry_on_a_buy_signal_only_while_flat()
    {
        var strategy = new FixedSignal(SignalAction.Buy);
        var decider = new SymbolDecider(BtcUsdt, strategy, 2m, 1m);

        var flat = decider.OnCandle(Bar(100m));
        decider.Restore(null, inPosition: true, averageEntryPrice: 100m, Now);
        var holding = decider.OnCandle(Bar(100m));

        Assert.Equal((DecisionKind.Enter, TradeIntents.Entry), (flat.Kind, flat.Intent));
        Assert.Equal(DecisionKind.None, holding.Kind);
    }

    [Fact]
    public void A_stop_on_the_close_wins_over_the_strategys_sell_signal()
    {
        var decider = new SymbolDecider(BtcUsdt, new FixedSignal(SignalAction.Sell), 2m, 0m);
        decider.Restore(null, inPosition: true, averageEntryPrice: 100m, Now);

        var atStop = decider.OnCandle(Bar(98m));

        Assert.Equal((DecisionKind.Exit, TradeIntents.StopLoss, SymbolDecider.StopLossReason), (atStop.Kind, atStop.Intent, atStop.Reason));
    }

    [Fact]
    public void Sells_on_the_strategys_signal_when_no_stop_is_reached()
    {
        var decider = new SymbolDecider(BtcUsdt, new FixedSignal(SignalAction.Sell), 2m, 1m);
        decider.Restore(null, inPosition: true, averageEntryPrice: 100m, Now);

        var decision = decider.OnCandle(Bar(100.5m));

        Assert.Equal((DecisionKind.Exit, TradeIntents.ExitSignal), (decision.Kind, decision.Intent));
    }

    [Fact]
    public void The_trailing_stop_follows_the_highest_price_and_reports_that_it_moved()
    {
        var decider = new SymbolDecider(BtcUsdt, new FixedSignal(SignalAction.Hold), 0m, 1m);
        decider.Restore(null, inPosition: true, averageEntryPrice: 100m, Now);

        var up = decider.OnPrice(110m);
        var moved = decider.ExitMoved;
        var snapshot = decider.Snapshot(Now);
        var above = decider.OnPrice(108.91m);
        var below = decider.OnPrice(108.9m);

        Assert.Equal(DecisionKind.None, up.Kind);
        Assert.True(moved);
        Assert.Equal(110m, snapshot!.HighestPrice);
        Assert.False(decider.ExitMoved);
        Assert.Equal(DecisionKind.None, above.Kind);
        Assert.Equal((DecisionKind.Exit, TradeIntents.TrailingStop), (below.Kind, below.Intent));
    }

    [Fact]
    public void Restoring_a_stored_exit_keeps_its_entry_and_high_water_mark()
    {
        var decider = new SymbolDecider(BtcUsdt, new FixedSignal(SignalAction.Hold), 2m, 1m);
        var stored = new ProtectiveExit(BtcUsdt, 100m, 2m, 1m, 120m, Now.AddHours(-1), Now);

        decider.Restore(stored, inPosition: true, averageEntryPrice: 101m, Now);

        Assert.Equal((100m, 120m, 118.8m, 98m), (decider.EntryPrice, decider.HighestPrice, decider.TrailingStopPrice, decider.StopPrice));
        decider.Restore(null, inPosition: false, averageEntryPrice: 0m, Now);
        Assert.False(decider.InPosition);
        Assert.Null(decider.Snapshot(Now));
    }

    [Fact]
    public void Deciding_on_a_candle_allocates_nothing()
    {
        var decider = new SymbolDecider(BtcUsdt, new EmaCrossStrategy(12, 26), 2m, 1m);
        decider.Restore(null, inPosition: true, averageEntryPrice: 100m, Now);
        var bars = Enumerable.Range(0, 10_000).Select(i => Bar(100m + (i % 50) - 25m)).ToArray();
        decider.OnCandle(bars[0]);

        var allocated = AllocationProbe.Least(window =>
        {
            var (from, to) = AllocationProbe.Part(window, 1, bars.Length);
            for (var i = from; i < to; i++)
            {
                decider.OnCandle(bars[i]);
            }
        });

        Assert.Equal(0, allocated);
    }

    private static Candle Bar(decimal close) => new(Now, close, close, close, close, 1m);

    private sealed class FixedSignal(SignalAction action) : IStrategy
    {
        public string Name => "fixed";

        public int WarmupCandles => 0;

        public StrategySignal OnCandle(in Candle candle) => new(Name, action, 0d, "fixed");

        public void Reset()
        {
        }
    }
}
