using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Positions;
using static CryptoAiBot.Domain.Tests.Orders.TestFills;

namespace CryptoAiBot.Domain.Tests.Positions;

/// <summary>A long position folded from fills, FIFO, on a worked example computed by hand.</summary>
public sealed class PositionTests
{
    [Fact]
    public void Realizes_fifo_pnl_net_of_fees_on_both_sides()
    {
        var position = new Position(Btc);

        // Buy 1.0 BTC at 100, fee 0.001 BTC: credited 1.0 - 0.001 = 0.999 BTC, cost 1.0 * 100 = 100 USDT.
        position.Apply(Buy("b1", 1.0m, 100m, 0.001m, "BTC", minute: 0));
        // Buy 0.5 BTC at 110, fee 0.55 USDT: credited 0.5 BTC, cost 0.5 * 110 + 0.55 = 55.55 USDT.
        position.Apply(Buy("b2", 0.5m, 110m, 0.55m, "USDT", minute: 1));

        // Holding 1.499 BTC for 155.55 USDT.
        Assert.Equal(1.499m, position.Quantity);
        Assert.Equal(155.55m, position.Cost);

        // Sell 1.2 BTC at 120, fee 0.288 USDT: proceeds 1.2 * 120 - 0.288 = 144 - 0.288 = 143.712.
        // FIFO consumes the whole first lot (0.999 BTC, cost 100) and 1.2 - 0.999 = 0.201 BTC of the second,
        // whose cost is 55.55 * 0.201 / 0.5 = 11.16555 / 0.5 = 22.3311. Consumed cost 100 + 22.3311 = 122.3311.
        // Realized 143.712 - 122.3311 = 21.3809.
        var outcome = position.Apply(Sell("s1", 1.2m, 120m, 0.288m, "USDT", minute: 2));

        Assert.Equal(new FillOutcome(true, 21.3809m, null, 0m), outcome);
        Assert.Equal(21.3809m, position.RealizedPnl);

        // Left: 0.5 - 0.201 = 0.299 BTC of the second lot, costing 55.55 - 22.3311 = 33.2189.
        Assert.Equal(0.299m, position.Quantity);
        Assert.Equal(33.2189m, position.Cost);
        Assert.Equal(new Lot(0.299m, 33.2189m, Start.AddMinutes(1)), Assert.Single(position.Lots));

        // Fees per asset as charged: 0.001 BTC; 0.55 + 0.288 = 0.838 USDT.
        Assert.Equal(0.001m, position.FeesByAsset["BTC"]);
        Assert.Equal(0.838m, position.FeesByAsset["USDT"]);
        Assert.Equal(3, position.AppliedFillCount);
    }

    [Fact]
    public void Average_entry_includes_the_quote_fee()
    {
        var position = new Position(Btc);

        // 2 BTC at 100 with 0.4 USDT fee, then 1 BTC at 130 with 0.26 USDT: (200.4 + 130.26) / 3 = 110.22.
        position.Apply(Buy("b1", 2m, 100m, 0.4m, "USDT"));
        position.Apply(Buy("b2", 1m, 130m, 0.26m, "USDT", minute: 1));

        Assert.Equal(330.66m, position.Cost);
        Assert.Equal(110.22m, position.AverageEntryPrice);
    }

    [Fact]
    public void Base_coin_fee_on_a_buy_reduces_the_credited_quantity()
    {
        var position = new Position(Btc);

        var outcome = position.Apply(Buy("b1", 0.5m, 200m, 0.0005m, "btc"));

        // Credited 0.5 - 0.0005 = 0.4995 BTC for 100 USDT; the fee asset matches the base case-insensitively.
        Assert.Equal(new FillOutcome(true, 0m, null, 0m), outcome);
        Assert.Equal(0.4995m, position.Quantity);
        Assert.Equal(100m, position.Cost);
    }

    [Fact]
    public void Base_coin_fee_on_a_sell_consumes_extra_base()
    {
        var position = new Position(Btc);
        position.Apply(Buy("b1", 1m, 100m));

        // Sell 0.5 at 120 with 0.001 BTC fee: 0.501 BTC leaves, costing 50.1; proceeds 60. Realized 9.9.
        var outcome = position.Apply(Sell("s1", 0.5m, 120m, 0.001m, "BTC", minute: 1));

        Assert.Equal(9.9m, outcome.RealizedPnl);
        Assert.Equal(0.499m, position.Quantity);
        Assert.Equal(49.9m, position.Cost);
    }

    [Fact]
    public void Third_asset_fee_is_tallied_but_not_counted_in_pnl()
    {
        var position = new Position(Btc);
        position.Apply(Buy("b1", 1m, 100m, 0.02m, "GT"));

        var outcome = position.Apply(Sell("s1", 1m, 110m, 0.03m, "GT", minute: 1));

        // 110 - 100: the GT fees change neither cost nor proceeds.
        Assert.Equal(10m, outcome.RealizedPnl);
        Assert.Equal(0.05m, position.FeesByAsset["GT"]);
        Assert.False(position.FeesByAsset.ContainsKey("USDT"));
    }

    [Fact]
    public void Ignores_repeated_trade_id()
    {
        var position = new Position(Btc);
        position.Apply(Buy("b1", 1m, 100m, 0.1m));
        position.Apply(Sell("s1", 0.4m, 120m, 0.048m, minute: 1));
        var before = (position.Quantity, position.Cost, position.RealizedPnl, position.FeesByAsset["USDT"], position.LastFillAt);

        var repeatedBuy = position.Apply(Buy("b1", 1m, 100m, 0.1m, minute: 2));
        var repeatedSell = position.Apply(Sell("s1", 0.4m, 120m, 0.048m, minute: 3));

        Assert.Equal(FillOutcome.Ignored, repeatedBuy);
        Assert.False(repeatedSell.Applied);
        Assert.Equal(before, (position.Quantity, position.Cost, position.RealizedPnl, position.FeesByAsset["USDT"], position.LastFillAt));
        Assert.Equal(2, position.AppliedFillCount);
    }

    [Fact]
    public void Refuses_a_fill_for_another_symbol()
    {
        var eth = Buy("b1", 1m, 100m) with { Symbol = Symbol.Parse("ETH/USDT") };

        Assert.Throws<ArgumentException>(() => new Position(Btc).Apply(eth));
    }

    [Fact]
    public void Reports_unmatched_quantity_and_counts_only_matched_proceeds()
    {
        var position = new Position(Btc);
        position.Apply(Buy("b1", 1m, 100m));

        // 1.5 sold, 1 held: proceeds 1.5 * 120 = 180, of which 1/1.5 are matched = 120; cost 100.
        var outcome = position.Apply(Sell("s1", 1.5m, 120m, minute: 1));

        Assert.Equal(0.5m, outcome.UnmatchedQuantity);
        Assert.Equal(20m, outcome.RealizedPnl);
        Assert.Equal(0m, position.Quantity);
    }

    [Fact]
    public void Folds_fills_in_time_order_whatever_the_list_order()
    {
        var fills = new[] { Sell("s1", 1m, 120m, minute: 2), Buy("b2", 1m, 110m, minute: 1), Buy("b1", 1m, 100m, minute: 0) };

        var position = Position.FromFills(Btc, fills);

        // FIFO sells the 100 lot first: 120 - 100 = 20, leaving the 110 lot.
        Assert.Equal(20m, position.RealizedPnl);
        Assert.Equal(110m, position.AverageEntryPrice);
    }
}
