using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Tests.Trend;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Tests.Trading;

public sealed class EntryGateTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");

    private static SymbolDecider Decider(IStrategy strategy, EntryGate gate) => new(BtcUsdt, strategy, 2m, 0m, gate);

    private static EntryGate HourlyTrend(IAiOpinion? ai = null, SignalFusion? fusion = null) => new(
        new TrendFilter(Timeframe.M1, TrendFilterTests.HourOnly, TrendFilterTests.Short), fusion ?? new SignalFusion(0.65m, 0.35m), ai ?? NoAiOpinion.Instance);

    [Fact]
    public void A_buy_becomes_an_entry_only_once_the_hourly_trend_is_warm_and_up()
    {
        var decider = Decider(new ConstantSignal(SignalAction.Buy, 0.8d), HourlyTrend());
        var candles = TrendCandles.Minutes(6 * 60, TrendCandles.Rising);

        var decisions = candles.Select(c => decider.OnCandle(c)).ToArray();

        // EMA 5 / ATR 5: the 1h trend is warm when its fifth hour closes, on the close of minute 5 × 60 − 1.
        var first = Array.FindIndex(decisions, d => d.Kind == DecisionKind.Enter);
        Assert.Equal((5 * 60) - 1, first);
        Assert.All(decisions[..first], d => Assert.Equal((DecisionKind.Filtered, "warming up 1h"), (d.Kind, d.Reason)));
        Assert.All(decisions[first..], d => Assert.Equal(DecisionKind.Enter, d.Kind));
        Assert.All(decisions[..first], d => Assert.False(d.IsTrade));
    }

    [Fact]
    public void A_falling_higher_timeframe_holds_every_buy_back_and_says_why()
    {
        var decider = Decider(new ConstantSignal(SignalAction.Buy, 1d), HourlyTrend());

        var decisions = TrendCandles.Minutes(6 * 60, TrendCandles.Falling).Select(c => decider.OnCandle(c)).ToArray();
        var last = decisions[^1];

        Assert.Equal((DecisionKind.Filtered, TrendFilter.DisagreesReason), (last.Kind, last.Reason));
        Assert.True(decider.Gate.Verdict.Score < 0d);
        Assert.DoesNotContain(decisions, d => d.IsTrade);
    }

    [Fact]
    public void A_stale_timeframe_blocks_entries_but_never_a_stop()
    {
        var decider = Decider(new ConstantSignal(SignalAction.Buy, 1d), HourlyTrend());
        foreach (var candle in TrendCandles.Minutes(6 * 60, TrendCandles.Rising))
        {
            decider.OnCandle(candle);
        }

        // Three hours without data: the next candle finds the 1h trend stale.
        var afterGap = TrendCandles.Minutes(1, TrendCandles.Rising, offsetMinutes: 9 * 60)[0];
        var entry = decider.OnCandle(afterGap);
        decider.Restore(null, inPosition: true, averageEntryPrice: afterGap.Close * 2m, afterGap.OpenTime);
        var stop = decider.OnCandle(TrendCandles.Minutes(1, TrendCandles.Rising, offsetMinutes: (9 * 60) + 1)[0]);

        Assert.Equal((DecisionKind.Filtered, "stale 1h data"), (entry.Kind, entry.Reason));
        Assert.True(decider.Gate.Verdict.Stale);
        Assert.Equal((DecisionKind.Exit, TradeIntents.StopLoss), (stop.Kind, stop.Intent));
    }

    [Fact]
    public void A_bearish_model_outweighs_a_weak_buy_and_a_bullish_one_does_not()
    {
        var open = TrendFilterSettings.Default with { Enabled = false };
        EntryGate Gate(double? ai) => new(new TrendFilter(Timeframe.M1, TrendWeights.Default, open), new SignalFusion(0.65m, 0.35m), new FixedOpinion(ai));
        var candle = TrendCandles.Minutes(1, TrendCandles.Rising)[0];
        var weakBuy = new ConstantSignal(SignalAction.Buy, 0.3d);

        var bearish = Decider(weakBuy, Gate(-1d)).OnCandle(candle);
        var bullish = Decider(weakBuy, Gate(0.5d)).OnCandle(candle);
        var silent = Decider(weakBuy, Gate(null)).OnCandle(candle);

        Assert.Equal((DecisionKind.Filtered, EntryGate.AiOutweighsReason), (bearish.Kind, bearish.Reason));
        Assert.Equal((0.65 * 0.3) - 0.35, bearish.Score, 12);
        Assert.Equal(DecisionKind.Enter, bullish.Kind);
        Assert.Equal((0.65 * 0.3) + (0.35 * 0.5), bullish.Score, 12);
        Assert.Equal((DecisionKind.Enter, 0.3d), (silent.Kind, silent.Score));
    }

    [Fact]
    public void With_fusion_switched_off_the_model_is_ignored()
    {
        var gate = new EntryGate(
            new TrendFilter(Timeframe.M1, TrendWeights.Default, TrendFilterSettings.Default with { Enabled = false }), SignalFusion.Disabled, new FixedOpinion(-1d));

        var decision = Decider(new ConstantSignal(SignalAction.Buy, 0.3d), gate).OnCandle(TrendCandles.Minutes(1, TrendCandles.Rising)[0]);

        Assert.Equal((DecisionKind.Enter, 0.3d), (decision.Kind, decision.Score));
    }

    [Fact]
    public void Warm_up_feeds_the_gate_so_trading_starts_with_a_warm_trend_and_atr()
    {
        var decider = Decider(new ConstantSignal(SignalAction.Buy, 1d), HourlyTrend());
        var candles = TrendCandles.Minutes(6 * 60, TrendCandles.Rising);
        foreach (var candle in candles[..^1])
        {
            decider.WarmUp(candle);
        }

        var decision = decider.OnCandle(candles[^1]);

        Assert.Equal(DecisionKind.Enter, decision.Kind);
        Assert.True(decider.Gate.Atr > 0d);
        Assert.Equal(6, decider.Gate.Trend.ClosedCandles(Timeframe.H1));
    }

    [Fact]
    public void The_open_gate_lets_every_buy_through_and_still_measures_the_atr()
    {
        var decider = new SymbolDecider(BtcUsdt, new ConstantSignal(SignalAction.Buy, 0d), 2m, 0m);
        var candles = TrendCandles.Minutes(EntryGate.AtrPeriod, TrendCandles.Rising);

        var decisions = candles.Select(c => decider.OnCandle(c)).ToArray();

        Assert.All(decisions, d => Assert.Equal(DecisionKind.Enter, d.Kind));
        Assert.Equal(TrendFilter.DisabledReason, decider.Gate.Verdict.Reason);
        Assert.True(decider.Gate.Atr > 0d);
    }

    [Fact]
    public void Deciding_through_the_full_gate_allocates_nothing_per_candle()
    {
        var gate = new EntryGate(new TrendFilter(Timeframe.M1, TrendWeights.Default), new SignalFusion(0.65m, 0.35m), new FixedOpinion(0.2d));
        var decider = Decider(new RsiEntryFilter(new EmaCrossStrategy(12, 26), 14, 70d), gate);
        var candles = TrendCandles.BtcMinutes[..30_000];
        decider.OnCandle(candles[0]);

        var allocated = AllocationProbe.Least(window =>
        {
            var (from, to) = AllocationProbe.Part(window, 1, candles.Length);
            for (var i = from; i < to; i++)
            {
                decider.OnCandle(candles[i]);
            }
        });

        Assert.Equal(0, allocated);
        Assert.True(gate.Trend.ClosedCandles(Timeframe.D1) >= 20);
    }

    private sealed class ConstantSignal(SignalAction action, double score) : IStrategy
    {
        public string Name => "constant";

        public int WarmupCandles => 0;

        public StrategySignal OnCandle(in Candle candle) => new(Name, action, score, "constant");

        public void Reset()
        {
        }
    }

    private sealed class FixedOpinion(double? score) : IAiOpinion
    {
        public string Name => "fixed";

        public double? Score(in Candle candle) => score;
    }
}
