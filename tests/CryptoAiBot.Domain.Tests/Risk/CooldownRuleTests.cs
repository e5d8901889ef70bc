using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>Per-symbol cooldown: a buy waits until the full cooldown has elapsed since the last order.</summary>
public sealed class CooldownRuleTests
{
    private static readonly RiskLimits OneMinute = new() { Cooldown = TimeSpan.FromSeconds(60) };

    public static TheoryData<TimeSpan, bool> AgesOfLastOrderAgainstOneMinute => new()
    {
        { TimeSpan.FromSeconds(60), false },
        { TimeSpan.FromSeconds(60) - TimeSpan.FromTicks(1), true },
        { TimeSpan.FromSeconds(59.999), true },
        { TimeSpan.Zero, true },
        { TimeSpan.FromSeconds(-2), true },
        { TimeSpan.FromMinutes(10), false },
    };

    [Theory]
    [MemberData(nameof(AgesOfLastOrderAgainstOneMinute))]
    public void Denies_buy_while_cooldown_since_last_order_on_symbol_runs(TimeSpan age, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(Now - age).Build();

        Assert.Equal(denied, Check(new CooldownRule(), snapshot, OneMinute) is not null);
    }

    [Fact]
    public void Allows_buy_when_only_another_symbol_traded_recently()
    {
        var snapshot = new RiskSnapshotBuilder().WithOrder(Now.AddSeconds(-1), symbol: Eth).Build();

        Assert.Null(Check(new CooldownRule(), snapshot, OneMinute));
    }

    [Fact]
    public void Measures_from_the_latest_order_whatever_the_list_order()
    {
        var snapshot = new RiskSnapshotBuilder()
            .WithOrder(Now.AddSeconds(-15), side: OrderSide.Sell)
            .WithOrder(Now.AddMinutes(-30))
            .Build();

        var violation = Check(new CooldownRule(), snapshot, OneMinute);

        Assert.Equal("last order on BTC/USDT was 15s ago; the cooldown of 60s has 45s left", violation?.Reason);
    }

    [Fact]
    public void Allows_buy_when_the_symbol_has_no_recent_order()
    {
        Assert.Null(Check(new CooldownRule(), new RiskSnapshotBuilder().Build(), OneMinute));
    }
}
