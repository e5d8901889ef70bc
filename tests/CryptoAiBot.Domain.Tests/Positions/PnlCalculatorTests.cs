using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using static CryptoAiBot.Domain.Tests.Orders.TestFills;

namespace CryptoAiBot.Domain.Tests.Positions;

/// <summary>Period PnL counts fills inside <c>[from, to)</c> but takes cost from lots bought before it.</summary>
public sealed class PnlCalculatorTests
{
    private static readonly DateTimeOffset From = Start.AddMinutes(60);
    private static readonly DateTimeOffset To = Start.AddMinutes(120);

    private static readonly Fill[] History =
    [
        // Before the period: 1 BTC at 100 + 0.1 USDT fee, a lot costing 100.1.
        Buy("b1", 1m, 100m, 0.1m, minute: 0),
        // At `from`, so inside: 0.5 at 120, fee 0.06. Proceeds 59.94 - cost 50.05 = 9.89.
        Sell("s1", 0.5m, 120m, 0.06m, minute: 60),
        // Another market in the same history: ignored.
        Buy("e1", 10m, 100m, 1m, minute: 70) with { Symbol = Symbol.Parse("ETH/USDT") },
        // 0.5 at 110, fee 0.0005 BTC (worth 0.055 USDT): credited 0.4995 BTC for 55.
        Buy("b2", 0.5m, 110m, 0.0005m, "BTC", minute: 90) with { ClientOrderId = new ClientOrderId("t-buy-2") },
        // 0.5 at 130, fee 0.065: sells the rest of b1. Proceeds 64.935 - cost 50.05 = 14.885.
        Sell("s2", 0.5m, 130m, 0.065m, minute: 100) with { ClientOrderId = new ClientOrderId("t-sell-2") },
        // The exchange reported s1 again: ignored.
        Sell("s1", 0.5m, 120m, 0.06m, minute: 110),
        // At `to`, so outside: closes the position.
        Sell("s3", 0.4995m, 150m, 0.1m, minute: 120) with { ClientOrderId = new ClientOrderId("t-sell-3") },
    ];

    [Fact]
    public void Counts_only_fills_inside_the_period_with_cost_from_earlier_lots()
    {
        var report = PnlCalculator.ForPeriod(Btc, History, From, To);

        // Realized 9.89 + 14.885; fees 0.06 + 0.055 + 0.065; turnover 60 + 55 + 65.
        Assert.Equal(new PnlReport("BTC/USDT", From, To, 24.775m, 0.18m, 180m, 3, 3, 0, 0), report);
    }

    [Fact]
    public void Counts_a_round_trip_closed_inside_the_period_and_whether_it_won()
    {
        var report = PnlCalculator.ForPeriod(Btc, History, From, To.AddTicks(1));

        // s3: proceeds 0.4995 * 150 - 0.1 = 74.825 - cost 55 = 19.825; the trip made 9.89 + 14.885 + 19.825 > 0.
        Assert.Equal(24.775m + 19.825m, report.RealizedPnlQuote);
        Assert.Equal(1, report.ClosedRoundTrips);
        Assert.Equal(1, report.WinningRoundTrips);
        Assert.Equal(4, report.FillCount);
    }

    [Fact]
    public void Reports_nothing_for_a_period_before_the_first_fill()
    {
        var report = PnlCalculator.ForPeriod(Btc, History, Start.AddDays(-1), Start);

        Assert.Equal(new PnlReport("BTC/USDT", Start.AddDays(-1), Start, 0m, 0m, 0m, 0, 0, 0, 0), report);
    }

    [Fact]
    public void Does_not_depend_on_the_order_of_the_history()
    {
        var shuffled = History.Reverse().ToArray();

        Assert.Equal(PnlCalculator.ForPeriod(Btc, History, From, To), PnlCalculator.ForPeriod(Btc, shuffled, From, To));
    }

    [Theory]
    [InlineData("USDT", "2.5")]
    [InlineData("usdt", "2.5")]
    [InlineData("BTC", "250")]
    [InlineData("GT", "0")]
    public void Values_a_fee_in_quote_at_the_fill_price_except_third_assets(string asset, string expected)
    {
        var fill = Buy("b1", 1m, 100m, 2.5m, asset);

        Assert.Equal(decimal.Parse(expected), PnlCalculator.FeeInQuote(Btc, fill));
    }
}
