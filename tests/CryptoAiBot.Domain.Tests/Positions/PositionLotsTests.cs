using CryptoAiBot.Domain.Positions;
using static CryptoAiBot.Domain.Tests.Orders.TestFills;

namespace CryptoAiBot.Domain.Tests.Positions;

/// <summary>
/// The open lots stay oldest first through many buys and partial sells (the head lot is cut in place, the
/// queue reuses and grows its room), checked against a plain list doing the same FIFO by hand.
/// </summary>
public sealed class PositionLotsTests
{
    [Fact]
    public void Lots_follow_fifo_through_many_buys_and_partial_sells()
    {
        var position = new Position(Btc);
        var expected = new List<Lot>();
        var trade = 0;
        for (var round = 0; round < 40; round++)
        {
            // Buys outnumber sells early on (the queue grows), then sells catch up (it empties and is reused).
            var buys = round < 20 ? 3 : 1;
            for (var b = 0; b < buys; b++)
            {
                var quantity = 0.1m + (0.01m * (trade % 7));
                position.Apply(Buy($"b{trade}", quantity, 100m + trade, minute: trade));
                expected.Add(new Lot(quantity, quantity * (100m + trade), Start.AddMinutes(trade)));
                trade++;
            }

            var sell = 0.13m + (0.05m * (round % 3));
            position.Apply(Sell($"s{trade}", sell, 120m, minute: trade));
            trade++;
            ConsumeFifo(expected, sell);

            Assert.Equal(expected, position.Lots);
            Assert.Equal(expected.Sum(l => l.Quantity), position.Quantity);
        }
    }

    private static void ConsumeFifo(List<Lot> lots, decimal quantity)
    {
        while (quantity > 0 && lots.Count > 0)
        {
            var head = lots[0];
            if (head.Quantity <= quantity)
            {
                lots.RemoveAt(0);
                quantity -= head.Quantity;
            }
            else
            {
                var partCost = head.Cost * quantity / head.Quantity;
                lots[0] = head with { Quantity = head.Quantity - quantity, Cost = head.Cost - partCost };
                quantity = 0;
            }
        }
    }
}
