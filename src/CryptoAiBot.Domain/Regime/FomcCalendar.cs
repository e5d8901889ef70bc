namespace CryptoAiBot.Domain.Regime;

/// <summary>
/// The FOMC rate decisions the regime filter knows of (UTC instants), whether the calendar is watched, whether it
/// was ever read successfully (an empty calendar read is knowledge; a calendar never read is not), and the problem
/// of the last read, if it failed.
/// </summary>
public sealed record FomcCalendar(bool Watched, IReadOnlyList<DateTimeOffset> Decisions, string Problem, bool Loaded = true)
{
    public static FomcCalendar Unwatched { get; } = new(false, [], "");
}
