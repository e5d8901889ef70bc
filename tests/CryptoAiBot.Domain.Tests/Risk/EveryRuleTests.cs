using CryptoAiBot.Domain.Risk;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>
/// The properties all fourteen rules share, one row per rule: each denies a buy on a bad day with a reason
/// a trader can read, each is off when its limit is 0, and none ever blocks a sell.
/// </summary>
public sealed class EveryRuleTests
{
    private static readonly Dictionary<string, IRiskRule> RulesByName =
        new RiskManager().Rules.ToDictionary(rule => rule.Name);

    public static TheoryData<string, string> ReasonsOnABadDay => new()
    {
        { "loss_streak", "2 consecutive losing trades reached the limit of 2" },
        { "max_drawdown", "drawdown of 10% (equity 900 USDT, peak 1000 USDT) reached the limit of 10%" },
        { "max_orders_5m", "1 order in the last 5 minutes reached the limit of 1" },
        { "max_turnover_5m", "1000 USDT turnover in the last 5 minutes reached the limit of 1000 USDT" },
        { "cooldown", "last order on BTC/USDT was 10s ago; the cooldown of 60s has 50s left" },
        { "daily_loss", "realized loss today (UTC) of 50 USDT reached the daily limit of 50 USDT" },
        { "spread_cap", "spread of 2% on BTC/USDT (bid 99, ask 101) reached the limit of 0.5%" },
        { "correlation", "BTC/USDT correlation 0.9 with the open ETH/USDT position reached the limit of 0.8" },
        { "max_position", "position after this buy would be 1.5 BTC (holding 1, buying 0.5), over the limit of 1 BTC" },
        { "max_orders_per_hour", "1 order in the last hour reached the limit of 1" },
        { "max_orders_per_day", "1 order today (UTC) reached the limit of 1" },
        { "max_turnover_per_day", "1000 USDT turnover today (UTC) reached the limit of 1000 USDT" },
        { "max_fee", "expected fee of 0.2% exceeds the limit of 0.1%" },
        { "max_slippage", "expected slippage of 0.25% at reference price 200 exceeds the limit of 0.1%" },
    };

    public static TheoryData<string> RuleNames => [.. RulesByName.Keys];

    [Fact]
    public void Default_manager_runs_fourteen_rules_with_unique_snake_case_names()
    {
        var names = new RiskManager().Rules.Select(rule => rule.Name).ToList();

        Assert.Equal(14, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, name => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", name));
        Assert.Equal(names.Order(), ReasonsOnABadDay.Select(row => (string)row[0]).Order());
    }

    [Theory]
    [MemberData(nameof(ReasonsOnABadDay))]
    public void Denies_buy_on_a_bad_day_with_a_reason_that_names_the_numbers(string rule, string reason)
    {
        var violation = Check(RulesByName[rule], EverythingTripped(), Tight);

        Assert.Equal(new RiskViolation(rule, reason), violation);
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Allows_buy_on_a_bad_day_when_limit_is_zero(string rule)
    {
        Assert.Null(Check(RulesByName[rule], EverythingTripped(), RiskLimits.None));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Never_blocks_a_sell_even_on_a_bad_day(string rule)
    {
        Assert.Null(Check(RulesByName[rule], EverythingTripped(), Tight, Sell()));
    }
}
