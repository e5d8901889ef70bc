using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Tests.Strategies;

public sealed class RsiMomentumStrategyTests
{
    [Fact]
    public void Buys_when_rsi_crosses_up_out_of_oversold_and_sells_when_it_crosses_down_out_of_overbought()
    {
        // RSI(2): 0 after the fall (indexes 2-4), 80 after the jump to 100, 80 again, then 44.4 on the dip.
        var candles = TestCandles.FromCloses(100m, 99m, 98m, 97m, 96m, 100m, 100m, 99m);
        var strategy = new RsiMomentumStrategy(2, 30d, 70d);

        var signals = strategy.FeedAll(candles);

        Assert.Equal(
            [(5, SignalAction.Buy, RsiMomentumStrategy.CrossedUpFromOversold), (7, SignalAction.Sell, RsiMomentumStrategy.CrossedDownFromOverbought)],
            signals.NonHolds());
        Assert.All(signals[..3], s => Assert.Equal(RsiMomentumStrategy.WarmingUp, s.Reason));
        Assert.Equal(RsiMomentumStrategy.NoCross, signals[3].Reason);
    }

    [Fact]
    public void Buys_when_rsi_lands_exactly_on_the_buy_level()
    {
        // RSI(1) is 0 after a fall and 50 on a flat candle.
        var signals = new RsiMomentumStrategy(1, 50d, 70d).FeedAll(TestCandles.FromCloses(10m, 9m, 9m));

        Assert.Equal([(2, SignalAction.Buy, RsiMomentumStrategy.CrossedUpFromOversold)], signals.NonHolds());
    }

    [Fact]
    public void Sells_when_rsi_lands_exactly_on_the_sell_level()
    {
        var signals = new RsiMomentumStrategy(1, 40d, 50d).FeedAll(TestCandles.FromCloses(10m, 11m, 11m));

        Assert.Equal([(2, SignalAction.Sell, RsiMomentumStrategy.CrossedDownFromOverbought)], signals.NonHolds());
    }

    [Fact]
    public void Exposes_the_current_rsi_and_scores_oversold_as_bullish_with_the_sign_of_a_signal_kept()
    {
        var strategy = new RsiMomentumStrategy(2);
        var candles = TestCandles.FromCloses(100m, 99m, 98m, 97m, 96m, 100m);

        strategy.FeedAll(candles[..2]);
        Assert.True(double.IsNaN(strategy.CurrentRsi));

        var oversold = strategy.FeedAll(candles[..5])[^1];
        Assert.Equal((0d, SignalAction.Hold, 1d), (strategy.CurrentRsi, oversold.Action, oversold.Score));

        // RSI 80 would score −0.6; a buy's score is kept positive so it never contradicts the action.
        var buy = strategy.FeedAll(candles)[^1];
        Assert.Equal(80d, strategy.CurrentRsi, 9);
        Assert.Equal((SignalAction.Buy, 1e-6), (buy.Action, buy.Score));
    }

    [Theory]
    [InlineData(0, 30d, 70d, "period")]
    [InlineData(14, 0d, 70d, "buyBelow")]
    [InlineData(14, 100d, 70d, "buyBelow")]
    [InlineData(14, 70d, 70d, "sellAbove")]
    [InlineData(14, 30d, 100d, "sellAbove")]
    [InlineData(14, double.NaN, 70d, "buyBelow")]
    public void Refuses_invalid_parameters(int period, double buyBelow, double sellAbove, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RsiMomentumStrategy(period, buyBelow, sellAbove));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Defaults_to_rsi_14_between_30_and_70_and_warms_up_for_16_candles()
    {
        var strategy = new RsiMomentumStrategy();

        Assert.Equal(("rsi_momentum", 14, 30d, 70d, 16), (strategy.Name, strategy.Period, strategy.BuyBelow, strategy.SellAbove, strategy.WarmupCandles));
    }
}
