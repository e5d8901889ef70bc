using System.Globalization;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Sizing;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Orchestration;

/// <summary>The sizers on the live path: balances from the paper broker, ATR from the decider, limits from the plan.</summary>
public sealed class EntrySizingTests
{
    private static readonly Ticker At100 = new(TradingRig.BtcUsdt, 99.99m, 100.01m, 100m, DateTimeOffset.UnixEpoch);

    private static async Task<EntrySize> SizeAsync(
        IPositionSizer sizer, RiskLimits? limits = null, int candles = 0, decimal range = 2m, decimal multiplier = 1m)
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var decider = new SymbolDecider(TradingRig.BtcUsdt, new EmaCrossStrategy(), 0m, 0m);
        for (var i = 0; i < candles; i++)
        {
            // Constant range: every true range, hence the ATR, is exactly `range`.
            decider.WarmUp(new Candle(DateTimeOffset.UnixEpoch.AddMinutes(i), 100m, 100m + (range / 2m), 100m - (range / 2m), 100m, 1m));
        }

        var plan = TradingRig.Plan(limits: limits) with { Sizer = sizer };
        return await new EntrySizing(rig.Broker, rig.Positions).SizeAsync(decider, At100, plan, multiplier, CancellationToken.None);
    }

    [Fact]
    public async Task Fixed_spends_its_amount_and_no_more_than_the_free_balance()
    {
        var fixedAmount = await SizeAsync(new FixedQuoteSizer(250m));
        var tooMuch = await SizeAsync(new FixedQuoteSizer(50_000m));

        Assert.Equal((250m, "fixed"), (fixedAmount.Quote, fixedAmount.Sizer));
        Assert.Equal(10_000m, tooMuch.Quote); // the paper account holds 10,000 USDT
    }

    [Fact]
    public async Task Plan_without_a_sizer_spends_its_current_fixed_amount_with_its_scale()
    {
        // One EntrySizing across plans: the fixed sizer it keeps must follow the plan's amount, scale included.
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var decider = new SymbolDecider(TradingRig.BtcUsdt, new EmaCrossStrategy(), 0m, 0m);
        var sizing = new EntrySizing(rig.Broker, rig.Positions);
        var plan = TradingRig.Plan() with { Sizer = null };

        var first = await sizing.SizeAsync(decider, At100, plan with { EntryQuoteAmount = 100m }, 1m, CancellationToken.None);
        var again = await sizing.SizeAsync(decider, At100, plan with { EntryQuoteAmount = 100m }, 1m, CancellationToken.None);
        var rescaled = await sizing.SizeAsync(decider, At100, plan with { EntryQuoteAmount = 100.00m }, 1m, CancellationToken.None);
        var changed = await sizing.SizeAsync(decider, At100, plan with { EntryQuoteAmount = 300m }, 1m, CancellationToken.None);

        string Text(EntrySize size) => size.Quote.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(("100", "100", "100.00", "300"), (Text(first), Text(again), Text(rescaled), Text(changed)));
        Assert.Equal("fixed", changed.Sizer);
    }

    [Fact]
    public async Task Kelly_spends_its_share_of_equity()
    {
        // W = 0.6, R = 2: f* = 0.6 − 0.4 / 2 = 0.4; a quarter of it is 10% of 10,000 USDT.
        var size = await SizeAsync(new FractionalKellySizer(0.6d, 2d, 0.25d));

        Assert.Equal(1_000m, size.Quote);
    }

    [Fact]
    public async Task Kelly_without_an_edge_skips_the_entry_and_says_why()
    {
        var size = await SizeAsync(new FractionalKellySizer(0.3d, 1d, 0.5d));

        Assert.False(size.Enters);
        Assert.Contains("sizer kelly gives no amount", size.Reason, StringComparison.Ordinal);
        Assert.Contains("free 10000 USDT", size.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_volatility_sizes_from_the_deciders_atr()
    {
        // One ATR (2 USDT) should cost 0.5% of 10,000 = 50 USDT: 25 units at the 100.01 ask = 2,500.25 USDT.
        var size = await SizeAsync(new TargetVolatilitySizer(0.5d, 0m), candles: EntryGate.AtrPeriod, range: 2m);
        var cold = await SizeAsync(new TargetVolatilitySizer(0.5d, 0m), candles: EntryGate.AtrPeriod - 1);

        Assert.Equal(2_500.25m, decimal.Round(size.Quote, 6));
        Assert.False(cold.Enters);
        Assert.Contains("ATR NaN", cold.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_max_position_limit_caps_the_amount()
    {
        var size = await SizeAsync(new FixedQuoteSizer(5_000m), new RiskLimits { MaxPositionBase = 3m });

        Assert.Equal(3m * At100.Ask, size.Quote);
    }

    [Fact]
    public async Task An_amount_under_the_minimum_order_skips_the_entry()
    {
        // The paper instrument's minimum order is 3 USDT.
        var size = await SizeAsync(new FixedQuoteSizer(2m));

        Assert.False(size.Enters);
        Assert.Contains("minimum order 3 USDT", size.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_risk_off_multiplier_scales_the_amount_and_skips_an_entry_it_takes_below_the_minimum()
    {
        var halved = await SizeAsync(new FixedQuoteSizer(250m), multiplier: 0.5m);
        var tooSmall = await SizeAsync(new FixedQuoteSizer(5m), multiplier: 0.5m);

        Assert.Equal(125m, halved.Quote);
        Assert.False(tooSmall.Enters);
        Assert.Equal("x0.5 for the regime leaves 2.5 USDT, below the minimum order 3 USDT", tooSmall.Reason);
    }
}
