using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Tests.Exits;

/// <summary>A hard stop below entry and a trailing stop below the high-water mark; reaching a stop fires it.</summary>
public sealed class ProtectiveExitTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset Armed = new(2025, 4, 1, 12, 0, 0, TimeSpan.Zero);

    // Entry 100, stop 5% below (95), trailing 3% below the high (97 until the price rises).
    private static readonly ProtectiveExit Exit = ProtectiveExit.Arm(Btc, 100m, 5m, 3m, Armed);

    [Fact]
    public void Arms_with_the_entry_as_high_water_mark()
    {
        Assert.Equal(new ProtectiveExit(Btc, 100m, 5m, 3m, 100m, Armed, Armed), Exit);
        Assert.Equal(95m, Exit.StopPrice);
        Assert.Equal(97m, Exit.TrailingStopPrice);
    }

    [Fact]
    public void Raises_the_trail_with_a_new_high()
    {
        var later = Armed.AddMinutes(5);

        var raised = Exit.Observe(110m, later);

        // 110 * (1 - 0.03) = 106.7; the hard stop stays at 95.
        Assert.Equal(110m, raised.HighestPrice);
        Assert.Equal(106.7m, raised.TrailingStopPrice);
        Assert.Equal(95m, raised.StopPrice);
        Assert.Equal(later, raised.UpdatedAt);
    }

    [Theory]
    [InlineData("110")]
    [InlineData("109.99")]
    [InlineData("50")]
    public void Returns_the_same_instance_when_the_price_is_not_a_new_high(string price)
    {
        var high = Exit.Observe(110m, Armed.AddMinutes(1));

        Assert.Same(high, high.Observe(decimal.Parse(price), Armed.AddMinutes(2)));
    }

    [Theory]
    [InlineData("120", ExitReason.None)]
    [InlineData("97.01", ExitReason.None)]
    [InlineData("97", ExitReason.TrailingStop)]
    [InlineData("96", ExitReason.TrailingStop)]
    [InlineData("95.01", ExitReason.TrailingStop)]
    [InlineData("95", ExitReason.StopLoss)]
    [InlineData("94.99", ExitReason.StopLoss)]
    [InlineData("0", ExitReason.None)]
    [InlineData("-1", ExitReason.None)]
    public void Fires_at_and_below_each_stop_with_the_hard_stop_first(string bid, ExitReason expected)
    {
        Assert.Equal(expected, Exit.Check(decimal.Parse(bid)));
    }

    [Theory]
    [InlineData("106.71", ExitReason.None)]
    [InlineData("106.7", ExitReason.TrailingStop)]
    [InlineData("95.5", ExitReason.TrailingStop)]
    [InlineData("95", ExitReason.StopLoss)]
    public void Fires_the_trailing_stop_below_a_raised_high(string bid, ExitReason expected)
    {
        var raised = Exit.Observe(110m, Armed.AddMinutes(5));

        Assert.Equal(expected, raised.Check(decimal.Parse(bid)));
    }

    [Fact]
    public void Zero_stop_loss_disables_the_hard_stop()
    {
        var trailingOnly = ProtectiveExit.Arm(Btc, 100m, 0m, 3m, Armed);

        Assert.Null(trailingOnly.StopPrice);
        Assert.Equal(ExitReason.TrailingStop, trailingOnly.Check(1m));
    }

    [Fact]
    public void Zero_trailing_disables_the_trailing_stop()
    {
        var stopOnly = ProtectiveExit.Arm(Btc, 100m, 5m, 0m, Armed).Observe(200m, Armed.AddHours(1));

        Assert.Null(stopOnly.TrailingStopPrice);
        Assert.Equal(ExitReason.None, stopOnly.Check(95.01m));
        Assert.Equal(ExitReason.StopLoss, stopOnly.Check(95m));
    }

    [Fact]
    public void Both_zero_never_fire()
    {
        var disarmed = ProtectiveExit.Arm(Btc, 100m, 0m, 0m, Armed);

        Assert.Equal(ExitReason.None, disarmed.Check(0.01m));
    }
}
