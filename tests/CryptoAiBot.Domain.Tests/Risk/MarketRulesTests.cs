using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Risk.Rules;
using static CryptoAiBot.Domain.Tests.Risk.RiskTestData;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>Boundaries of the rules about the cost of trading now: spread, fee, slippage.</summary>
public sealed class MarketRulesTests
{
    public static TheoryData<decimal, decimal, bool> BidAskAgainstOnePercent => new()
    {
        // (100.5 - 99.5) / 100 = exactly 1%.
        { 99.5m, 100.5m, true },
        // 0.99 / 100.005 = 0.98995%.
        { 99.51m, 100.5m, false },
        { 95m, 105m, true },
        { 100m, 100m, false },
    };

    public static TheoryData<decimal, decimal> QuotesThatCannotBeMeasured => new()
    {
        { 0m, 100m },
        { 100m, 0m },
        { -1m, 100m },
        { 0m, 0m },
        { 101m, 100m },
    };

    public static TheoryData<decimal, bool> ExpectedPctAgainstLimitOfPointTwo => new()
    {
        { 0.2m, false },
        { 0.20001m, true },
        { 0.19m, false },
        { 0.5m, true },
        { 0m, false },
    };

    [Theory]
    [MemberData(nameof(BidAskAgainstOnePercent))]
    public void Denies_buy_when_spread_reaches_limit(decimal bid, decimal ask, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithQuote(bid, ask).Build();

        var violation = Check(new SpreadCapRule(), snapshot, new RiskLimits { MaxSpreadPct = 1m });

        Assert.Equal(denied, violation is not null);
    }

    [Theory]
    [MemberData(nameof(QuotesThatCannotBeMeasured))]
    public void Denies_buy_when_there_is_no_valid_quote(decimal bid, decimal ask)
    {
        var snapshot = new RiskSnapshotBuilder().WithQuote(bid, ask).Build();

        var violation = Check(new SpreadCapRule(), snapshot, new RiskLimits { MaxSpreadPct = 1m });

        Assert.StartsWith("no valid quote for BTC/USDT (bid ", violation?.Reason);
    }

    [Fact]
    public void Allows_buy_without_a_quote_when_spread_cap_is_disabled()
    {
        var snapshot = new RiskSnapshotBuilder().WithQuote(0m, 0m).Build();

        Assert.Null(Check(new SpreadCapRule(), snapshot, RiskLimits.None));
    }

    [Theory]
    [MemberData(nameof(ExpectedPctAgainstLimitOfPointTwo))]
    public void Denies_buy_when_expected_fee_exceeds_limit(decimal expectedFeePct, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithExpectedFee(expectedFeePct).Build();

        var violation = Check(new MaxFeeRule(), snapshot, new RiskLimits { MaxFeePct = 0.2m });

        Assert.Equal(denied, violation is not null);
    }

    [Theory]
    [MemberData(nameof(ExpectedPctAgainstLimitOfPointTwo))]
    public void Denies_buy_when_expected_slippage_exceeds_limit(decimal expectedSlippagePct, bool denied)
    {
        var snapshot = new RiskSnapshotBuilder().WithExpectedSlippage(expectedSlippagePct).Build();

        var violation = Check(new MaxSlippageRule(), snapshot, new RiskLimits { MaxSlippagePct = 0.2m });

        Assert.Equal(denied, violation is not null);
    }
}
