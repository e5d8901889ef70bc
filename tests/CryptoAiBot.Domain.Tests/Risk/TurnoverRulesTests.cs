using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>
/// Boundaries of the turnover rules: denied once the window's turnover has reached the limit, or when this
/// buy would take it over; a buy landing exactly on the limit is allowed.
/// </summary>
public sealed class TurnoverRulesTests
{
    private static readonly RiskLimits ThousandEach = new() { MaxTurnover5mQuote = 1000m, MaxTurnoverPerDayQuote = 1000m };

    public static TheoryData<decimal, decimal, bool> TurnoverAndBuyAgainstLimitOfThousand => new()
    {
        { 1000m, 1m, true },
        { 999.99m, 0.01m, false },
        { 900m, 100m, false },
        { 900m, 100.01m, true },
        { 899.99m, 100m, false },
        { 0m, 1000m, false },
        { 0m, 1000.01m, true },
        { 1500m, 1m, true },
    };

    [Theory]
    [MemberData(nameof(TurnoverAndBuyAgainstLimitOfThousand))]
    public void Denies_buy_when_turnover_in_last_5_minutes_reaches_limit(decimal turnover, decimal buyQuote, bool denied)
    {
        var snapshot = WithTurnover(turnover, Now.AddMinutes(-4));

        var violation = Check(new MaxTurnover5mRule(), snapshot, ThousandEach, Buy(quoteAmount: buyQuote));

        Assert.Equal(denied, violation is not null);
    }

    [Theory]
    [MemberData(nameof(TurnoverAndBuyAgainstLimitOfThousand))]
    public void Denies_buy_when_turnover_today_reaches_limit(decimal turnover, decimal buyQuote, bool denied)
    {
        var snapshot = WithTurnover(turnover, UtcDayStart);

        var violation = Check(new MaxTurnoverPerDayRule(), snapshot, ThousandEach, Buy(quoteAmount: buyQuote));

        Assert.Equal(denied, violation is not null);
    }

    [Fact]
    public void Leaves_an_order_exactly_5_minutes_old_out_of_5_minute_turnover()
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(Now.AddMinutes(-5), quoteNotional: 5000m).Build();

        Assert.Null(Check(new MaxTurnover5mRule(), snapshot, ThousandEach));
    }

    [Fact]
    public void Leaves_yesterdays_orders_out_of_turnover_today()
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(UtcDayStart.AddTicks(-1), quoteNotional: 5000m).Build();

        Assert.Null(Check(new MaxTurnoverPerDayRule(), snapshot, ThousandEach));
    }

    [Fact]
    public void Adds_turnover_of_every_symbol_and_both_sides()
    {
        var snapshot = new RiskSnapshotBuilder()
            .WithOrder(Now.AddMinutes(-1), quoteNotional: 450m, symbol: Eth, side: OrderSide.Sell)
            .WithOrder(Now.AddMinutes(-2), quoteNotional: 450m)
            .Build();

        var violation = Check(new MaxTurnover5mRule(), snapshot, ThousandEach, Buy(quoteAmount: 150m));

        Assert.Equal(
            "900 USDT turnover in the last 5 minutes plus this buy of 150 USDT makes 1050 USDT, over the limit of 1000 USDT",
            violation?.Reason);
    }

    private static RiskSnapshot WithTurnover(decimal turnover, DateTimeOffset time) =>
        turnover == 0m ? new RiskSnapshotBuilder().Build() : new RiskSnapshotBuilder().WithOrder(time, turnover).Build();
}
