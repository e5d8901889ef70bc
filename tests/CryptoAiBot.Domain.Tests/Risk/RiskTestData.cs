using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>Symbols, clock and trades shared by the risk tests, plus one snapshot that trips every rule.</summary>
internal static class RiskTestData
{
    public static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    public static readonly Symbol Eth = Symbol.Parse("ETH/USDT");
    public static readonly Symbol Sol = Symbol.Parse("SOL/USDT");

    public static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset UtcDayStart = new(2025, 3, 10, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A buy of BTC/USDT at 200: 100 USDT for 0.5 BTC unless told otherwise.</summary>
    public static ProposedTrade Buy(decimal quoteAmount = 100m, decimal baseAmount = 0.5m) =>
        new(Btc, OrderSide.Buy, quoteAmount, baseAmount, ReferencePrice: 200m);

    public static ProposedTrade Sell(decimal quoteAmount = 100m, decimal baseAmount = 0.5m) =>
        new(Btc, OrderSide.Sell, quoteAmount, baseAmount, ReferencePrice: 200m);

    /// <summary>Every limit enabled and low enough for <see cref="EverythingTripped"/> to break it.</summary>
    public static RiskLimits Tight { get; } = new()
    {
        LossStreakMax = 2,
        MaxDrawdownPct = 10m,
        MaxOrders5m = 1,
        MaxTurnover5mQuote = 1000m,
        Cooldown = TimeSpan.FromSeconds(60),
        DailyLossLimitQuote = 50m,
        MaxSpreadPct = 0.5m,
        MaxCorrelation = 0.8m,
        MaxPositionBase = 1m,
        MaxOrdersPerHour = 1,
        MaxOrdersPerDay = 1,
        MaxTurnoverPerDayQuote = 1000m,
        MaxFeePct = 0.1m,
        MaxSlippagePct = 0.1m,
    };

    /// <summary>A bad day: every one of the fourteen rules objects to a buy under <see cref="Tight"/>.</summary>
    public static RiskSnapshot EverythingTripped() => new RiskSnapshotBuilder()
        .WithOrder(Now.AddSeconds(-10), quoteNotional: 1000m)
        .WithClosedTrades(3m, -1m, -2m)
        .WithRealizedPnlToday(-50m)
        .WithEquity(900m, peak: 1000m)
        .WithQuote(99m, 101m)
        .WithPosition(1m)
        .WithOpenPosition(Eth, 2m)
        .WithCorrelation(Btc, Eth, 0.9m)
        .WithExpectedFee(0.2m)
        .WithExpectedSlippage(0.25m)
        .Build();

    public static RiskViolation? Check(
        IRiskRule rule, RiskSnapshot snapshot, RiskLimits limits, ProposedTrade? trade = null, DateTimeOffset? now = null) =>
        rule.Check(trade ?? Buy(), snapshot, limits, now ?? Now);
}
