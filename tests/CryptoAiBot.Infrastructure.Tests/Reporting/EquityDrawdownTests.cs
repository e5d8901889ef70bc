using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Infrastructure.Reporting;

namespace CryptoAiBot.Infrastructure.Tests.Reporting;

public sealed class EquityDrawdownTests
{
    [Fact]
    public void Drawdown_is_the_fall_from_the_running_peak_as_a_fraction_of_it()
    {
        EquityPoint[] curve = [new(1, 100m), new(2, 110m), new(3, 99m), new(4, 121m), new(5, 110m), new(6, 121m)];

        var drawdown = EquityDrawdown.From(curve);

        Assert.Equal([0d, 0d, 0.1d, 0d, 1d / 11d, 0d], drawdown, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void An_empty_curve_has_no_drawdown_and_a_non_positive_peak_counts_as_none()
    {
        Assert.Empty(EquityDrawdown.From([]));
        Assert.Equal([0d, 0d], EquityDrawdown.From([new EquityPoint(1, 0m), new EquityPoint(2, -5m)]));
    }
}
