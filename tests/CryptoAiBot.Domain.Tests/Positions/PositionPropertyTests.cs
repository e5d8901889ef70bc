using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using FsCheck;
using FsCheck.Fluent;
using static CryptoAiBot.Domain.Tests.Orders.TestFills;

namespace CryptoAiBot.Domain.Tests.Positions;

/// <summary>FIFO invariants that must hold for any sequence of fills, not only the worked examples.</summary>
public sealed class PositionPropertyTests
{
    /// <summary>A buy of 0.001–100 BTC at 0.01–100,000 USDT; these amounts multiply exactly in decimal.</summary>
    private static readonly Gen<(decimal Quantity, decimal Price)> Buys =
        from thousandths in Gen.Choose(1, 100_000)
        from cents in Gen.Choose(1, 10_000_000)
        select (thousandths / 1_000m, cents / 100m);

    private static readonly Arbitrary<((decimal Quantity, decimal Price)[] Buys, decimal SellPrice)> BuysThenSell =
        (from count in Gen.Choose(1, 12)
         from buys in Gen.ArrayOf(Buys, count)
         from sellCents in Gen.Choose(1, 10_000_000)
         select (buys, sellCents / 100m)).ToArbitrary();

    [Fact]
    public void Realized_pnl_of_buys_then_a_full_sell_without_fees_is_sell_notional_minus_buy_notional()
    {
        Prop.ForAll(BuysThenSell, sample =>
        {
            var position = new Position(Btc);
            var fills = sample.Buys.Select((buy, i) => Buy($"b{i}", buy.Quantity, buy.Price, minute: i)).ToList();
            fills.ForEach(fill => position.Apply(fill));
            var sell = Sell("s", position.Quantity, sample.SellPrice, minute: fills.Count);

            var outcome = position.Apply(sell);

            var expected = sell.Notional - fills.Sum(fill => fill.Notional);
            return outcome.RealizedPnl == expected
                && position.RealizedPnl == expected
                && outcome.ClosedRoundTrip == expected
                && outcome.UnmatchedQuantity == 0m
                && position.Quantity == 0m
                && position.Lots.Count == 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Applying_every_fill_twice_gives_the_same_position_as_applying_it_once()
    {
        Prop.ForAll(BuysThenSell, sample =>
        {
            var fills = sample.Buys.Select((buy, i) => Buy($"b{i}", buy.Quantity, buy.Price, minute: i)).ToList();
            var half = fills.Sum(fill => fill.Quantity) / 2m;
            fills.Add(Sell("s", decimal.Round(half, 3, MidpointRounding.ToZero), sample.SellPrice, minute: fills.Count));

            var once = Position.FromFills(Btc, fills);
            var twice = Position.FromFills(Btc, [.. fills, .. fills.Select(ReportedAgainLater)]);

            return once.Quantity == twice.Quantity
                && once.Cost == twice.Cost
                && once.RealizedPnl == twice.RealizedPnl
                && once.AppliedFillCount == twice.AppliedFillCount;
        }).QuickCheckThrowOnFailure();
    }

    private static Fill ReportedAgainLater(Fill fill) => fill with { Time = fill.Time.AddHours(1) };
}
