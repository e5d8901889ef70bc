using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>Boundaries of the rules about what the account holds: position size and correlation.</summary>
public sealed class PositionRulesTests
{
    private static readonly RiskLimits CorrelationLimit = new() { MaxCorrelation = 0.8m };

    public static TheoryData<decimal, decimal, bool> PositionAndBuyAgainstLimitOfOne => new()
    {
        { 0.5m, 0.5m, false },
        { 0.5m, 0.50000001m, true },
        { 0m, 1m, false },
        { 0m, 1.1m, true },
        { 1m, 0.1m, true },
    };

    public static TheoryData<decimal, bool> CorrelationsAgainstPointEight => new()
    {
        { 0.8m, true },
        { 0.79m, false },
        { -0.8m, true },
        { -0.79m, false },
        { 1m, true },
        { 0m, false },
    };

    [Theory]
    [MemberData(nameof(PositionAndBuyAgainstLimitOfOne))]
    public void Denies_buy_when_position_after_it_exceeds_limit(decimal positionBase, decimal buyBase, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithPosition(positionBase).Build();

        var violation = Check(new MaxPositionRule(), snapshot, new RiskLimits { MaxPositionBase = 1m }, Buy(baseAmount: buyBase));

        Assert.Equal(denied, violation is not null);
    }

    [Theory]
    [MemberData(nameof(CorrelationsAgainstPointEight))]
    public void Denies_buy_when_correlation_with_an_open_position_reaches_limit(decimal correlation, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithOpenPosition(Eth, 2m).WithCorrelation(Btc, Eth, correlation).Build();

        Assert.Equal(denied, Check(new CorrelationRule(), snapshot, CorrelationLimit) is not null);
    }

    [Fact]
    public void Denies_buy_when_correlation_is_stored_in_the_other_key_order()
    {
        var snapshot = new RiskSnapshotBuilder().WithOpenPosition(Eth, 2m).WithCorrelation(Eth, Btc, 0.95m).Build();

        Assert.NotNull(Check(new CorrelationRule(), snapshot, CorrelationLimit));
    }

    [Fact]
    public void Allows_buy_when_correlation_with_the_open_position_is_unknown()
    {
        var snapshot = new RiskSnapshotBuilder().WithOpenPosition(Eth, 2m).WithCorrelation(Btc, Sol, 0.99m).Build();

        Assert.Null(Check(new CorrelationRule(), snapshot, CorrelationLimit));
    }

    [Fact]
    public void Allows_buy_when_the_correlated_symbol_is_not_held()
    {
        var snapshot = new RiskSnapshotBuilder().WithOpenPosition(Eth, 0m).WithCorrelation(Btc, Eth, 0.99m).Build();

        Assert.Null(Check(new CorrelationRule(), snapshot, CorrelationLimit));
    }

    [Fact]
    public void Allows_buy_when_the_only_open_position_is_the_candidate_itself()
    {
        var snapshot = new RiskSnapshotBuilder().WithOpenPosition(Btc, 1m).WithCorrelation(Btc, Btc, 1m).Build();

        Assert.Null(Check(new CorrelationRule(), snapshot, CorrelationLimit));
    }

    [Fact]
    public void Lists_every_correlated_open_position_strongest_first()
    {
        var snapshot = new RiskSnapshotBuilder()
            .WithOpenPosition(Eth, 2m)
            .WithOpenPosition(Sol, 10m)
            .WithCorrelation(Btc, Eth, 0.85m)
            .WithCorrelation(Sol, Btc, -0.9m)
            .Build();

        var violation = Check(new CorrelationRule(), snapshot, CorrelationLimit);

        Assert.Equal(
            "BTC/USDT correlation -0.9 with the open SOL/USDT position, 0.85 with the open ETH/USDT position " +
            "reached the limit of 0.8",
            violation?.Reason);
    }
}
