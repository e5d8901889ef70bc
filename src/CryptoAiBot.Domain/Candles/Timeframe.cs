using System.Diagnostics.CodeAnalysis;

namespace CryptoAiBot.Domain.Candles;

/// <summary>A candle period such as <c>15m</c> or <c>1h</c>.</summary>
public readonly record struct Timeframe(string Code, TimeSpan Duration)
{
    public static readonly Timeframe M1 = new("1m", TimeSpan.FromMinutes(1));
    public static readonly Timeframe M5 = new("5m", TimeSpan.FromMinutes(5));
    public static readonly Timeframe M15 = new("15m", TimeSpan.FromMinutes(15));
    public static readonly Timeframe M30 = new("30m", TimeSpan.FromMinutes(30));
    public static readonly Timeframe H1 = new("1h", TimeSpan.FromHours(1));
    public static readonly Timeframe H4 = new("4h", TimeSpan.FromHours(4));
    public static readonly Timeframe D1 = new("1d", TimeSpan.FromDays(1));
    public static readonly Timeframe W1 = new("1w", TimeSpan.FromDays(7));

    public static IReadOnlyList<Timeframe> All { get; } = [M1, M5, M15, M30, H1, H4, D1, W1];

    public override string ToString() => Code;

    public static bool TryParse([NotNullWhen(true)] string? code, out Timeframe timeframe)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                timeframe = candidate;
                return true;
            }
        }

        timeframe = default;
        return false;
    }

    public static Timeframe Parse(string code) =>
        TryParse(code, out var timeframe)
            ? timeframe
            : throw new FormatException($"'{code}' is not a timeframe; expected one of {string.Join(", ", All)}.");

    /// <summary>
    /// The start of the period that contains <paramref name="time"/>, in UTC (offset zero) whatever the
    /// offset of <paramref name="time"/>. Periods are counted from the Unix epoch, except those that are
    /// whole weeks: the epoch (1970-01-01) was a Thursday, so weekly periods are counted from Monday
    /// 1970-01-05 00:00 UTC and every week starts on a Monday, as on the exchanges.
    /// </summary>
    public DateTimeOffset BucketStart(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTimeOffset(ticks - TicksIntoBucket(ticks), TimeSpan.Zero);
    }

    /// <summary>True when <paramref name="time"/> is the start of one of this timeframe's periods (see <see cref="BucketStart"/>).</summary>
    public bool IsAligned(DateTimeOffset time) => TicksIntoBucket(time.UtcTicks) == 0;

    /// <summary>
    /// True when every period of <paramref name="larger"/> is made of whole periods of this timeframe:
    /// its duration is a multiple of this one and its period boundaries are boundaries of this one too
    /// (1m, 5m, 1h and 1d all divide 1w; 1w does not divide 1d). A timeframe divides itself.
    /// </summary>
    public bool Divides(Timeframe larger) =>
        Duration > TimeSpan.Zero
        && larger.Duration > TimeSpan.Zero
        && larger.Duration.Ticks % Duration.Ticks == 0
        && TicksIntoBucket(larger.OriginTicks) == 0;

    /// <summary>How many periods of this timeframe make one period of <paramref name="larger"/>; requires <see cref="Divides"/>.</summary>
    public int CountIn(Timeframe larger) =>
        Divides(larger)
            ? checked((int)(larger.Duration.Ticks / Duration.Ticks))
            : throw new ArgumentException($"{this} does not divide {larger}: a {larger} period is not made of whole {this} periods.", nameof(larger));

    private static readonly long MondayEpochTicks = DateTimeOffset.UnixEpoch.AddDays(4).UtcTicks;

    private long OriginTicks => Duration.Ticks % TimeSpan.FromDays(7).Ticks == 0 ? MondayEpochTicks : DateTimeOffset.UnixEpoch.UtcTicks;

    private long TicksIntoBucket(long utcTicks)
    {
        var size = Duration.Ticks;
        if (size <= 0)
        {
            throw new InvalidOperationException($"Timeframe '{Code}' has no positive duration; use one of {string.Join(", ", All)}.");
        }

        var into = (utcTicks - OriginTicks) % size;
        return into < 0 ? into + size : into;
    }
}
