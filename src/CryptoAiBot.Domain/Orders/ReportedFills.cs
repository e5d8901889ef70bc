namespace CryptoAiBot.Domain.Orders;

/// <summary>Which fills of an exchange report an order takes (<see cref="Order.WithReport"/>), and the list they make.</summary>
internal static class ReportedFills
{
    /// <summary>Whether the reported fill at <paramref name="index"/> is neither on the order nor reported earlier.</summary>
    public static bool IsNew(Order order, IReadOnlyList<Fill> reported, int index)
    {
        var tradeId = reported[index].TradeId;
        if (order.HasFill(tradeId))
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (reported[i].TradeId == tradeId)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The order's fills followed by the <paramref name="taken"/> new reported ones. An order without fills that
    /// takes every reported fill shares the report's list when it is immutable, as a broker's report usually is.
    /// </summary>
    public static FillList Combined(Order order, IReadOnlyList<Fill> reported, int taken)
    {
        if (order.Fills.Count == 0 && taken == reported.Count && reported is FillList report)
        {
            return report;
        }

        var fills = new Fill[order.Fills.Count + taken];
        var count = 0;
        for (var i = 0; i < order.Fills.Count; i++)
        {
            fills[count++] = order.Fills[i];
        }

        for (var i = 0; i < reported.Count; i++)
        {
            if (IsNew(order, reported, i))
            {
                fills[count++] = reported[i];
            }
        }

        return FillList.Own(fills);
    }
}
