using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// A time window over <see cref="RiskSnapshot.RecentOrders"/> (all symbols, both sides), and the count and
/// turnover checks the frequency rules share. Rolling windows are <c>(now − length, now]</c>; the day
/// window starts at 00:00 UTC of <c>now</c>, inclusive. An order stamped after <c>now</c> (our clock
/// behind the exchange's) still counts: it has certainly been placed.
/// </summary>
internal readonly record struct OrderWindow(DateTimeOffset Start, bool StartInclusive, string Description)
{
    public static OrderWindow Rolling(DateTimeOffset now, TimeSpan length, string description) =>
        new(now - length, StartInclusive: false, description);

    public static OrderWindow UtcDay(DateTimeOffset now) =>
        new(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), StartInclusive: true, "today (UTC)");

    public bool Contains(DateTimeOffset time) => time > Start || (StartInclusive && time == Start);

    /// <summary>The orders placed in the window.</summary>
    public int Count(IReadOnlyList<RecentOrder> orders)
    {
        var count = 0;
        foreach (var order in orders)
        {
            if (Contains(order.Time))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The quote turnover of the orders placed in the window.</summary>
    public decimal Turnover(IReadOnlyList<RecentOrder> orders)
    {
        var turnover = 0m;
        foreach (var order in orders)
        {
            if (Contains(order.Time))
            {
                turnover += order.QuoteNotional;
            }
        }

        return turnover;
    }

    /// <summary>Denies when the orders already in the window number <paramref name="limit"/> or more.</summary>
    public RiskViolation? CheckCount(string rule, IReadOnlyList<RecentOrder> orders, int limit)
    {
        var count = Count(orders);
        return count >= limit
            ? new RiskViolation(rule, $"{count} {(count == 1 ? "order" : "orders")} {Description} reached the limit of {limit}")
            : null;
    }

    /// <summary>
    /// Denies when the turnover already in the window has reached <paramref name="limit"/>, or when this
    /// buy would take it over the limit; a buy that lands exactly on the limit is allowed.
    /// </summary>
    public RiskViolation? CheckTurnover(string rule, IReadOnlyList<RecentOrder> orders, ProposedTrade trade, decimal limit)
    {
        var turnover = Turnover(orders);
        var quote = trade.Symbol.Quote;
        if (turnover >= limit)
        {
            return new RiskViolation(
                rule,
                $"{Number(turnover)} {quote} turnover {Description} reached the limit of {Number(limit)} {quote}");
        }

        var after = turnover + trade.QuoteAmount;
        return after > limit
            ? new RiskViolation(
                rule,
                $"{Number(turnover)} {quote} turnover {Description} plus this buy of {Number(trade.QuoteAmount)} {quote} " +
                $"makes {Number(after)} {quote}, over the limit of {Number(limit)} {quote}")
            : null;
    }
}
