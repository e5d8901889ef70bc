namespace CryptoAiBot.Domain.Positions;

/// <summary>
/// A half-open reporting window <c>[From, To)</c>. "Today" is defined here once, so <c>/pnl/today</c> and
/// <c>cab perf</c> cannot disagree about where the day starts or whether a fill at this very instant counts.
/// </summary>
public readonly record struct PnlPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>00:00 UTC of <paramref name="now"/>'s day up to and including <paramref name="now"/>.</summary>
    public static PnlPeriod Today(DateTimeOffset now) =>
        new(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), now.AddTicks(1));
}
