using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

public sealed class RiskManagerTests
{
    private readonly RiskManager _manager = new();

    [Fact]
    public void Allows_buy_on_a_bad_day_when_every_limit_is_disabled()
    {
        var decision = _manager.Evaluate(Buy(), EverythingTripped(), RiskLimits.None, Now);

        Assert.True(decision.Ok);
        Assert.Empty(decision.Reasons);
        Assert.Same(RiskLimits.None, decision.Limits);
    }

    [Fact]
    public void Allows_buy_on_a_calm_snapshot_under_tight_limits()
    {
        var decision = _manager.Evaluate(Buy(), new RiskSnapshotBuilder().Build(), Tight, Now);

        Assert.True(decision.Ok);
    }

    [Fact]
    public void Denies_buy_with_every_violated_rule_in_rule_order()
    {
        var decision = _manager.Evaluate(Buy(), EverythingTripped(), Tight, Now);

        Assert.False(decision.Ok);
        Assert.Equal(_manager.Rules.Select(rule => rule.Name), decision.Reasons.Select(reason => reason.Rule));
        Assert.Same(Tight, decision.Limits);
    }

    [Fact]
    public void Denies_buy_with_only_the_rules_that_object()
    {
        var snapshot = new RiskSnapshotBuilder().WithRealizedPnlToday(-60m).WithExpectedFee(0.3m).Build();

        var decision = _manager.Evaluate(Buy(), snapshot, Tight, Now);

        Assert.False(decision.Ok);
        Assert.Equal(["daily_loss", "max_fee"], decision.Reasons.Select(reason => reason.Rule));
    }

    [Fact]
    public void Allows_sell_on_a_bad_day_under_tight_limits()
    {
        var decision = _manager.Evaluate(Sell(), EverythingTripped(), Tight, Now);

        Assert.True(decision.Ok);
    }

    [Fact]
    public void Runs_only_the_rules_it_was_given()
    {
        var manager = new RiskManager([new MaxFeeRule()]);

        var decision = manager.Evaluate(Buy(), EverythingTripped(), Tight, Now);

        Assert.Equal("max_fee", Assert.Single(decision.Reasons).Rule);
    }
}
