namespace CryptoAiBot.Infrastructure.Storage;

/// <summary>
/// Times are stored as unix milliseconds (UTC). Every store, including the in-memory one, passes its
/// times through here so that all implementations keep the same precision and compare the same way.
/// </summary>
internal static class UnixMilliseconds
{
    public static long From(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset ToTime(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    /// <summary>The time exactly as it comes back from storage: UTC, whole milliseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => ToTime(From(time));

    public static DateTimeOffset? Truncate(DateTimeOffset? time) => time is { } value ? Truncate(value) : null;

    /// <summary>
    /// True when <paramref name="time"/> already is what <see cref="Truncate(DateTimeOffset)"/> returns (UTC offset,
    /// whole milliseconds), so a store can keep the value it was given instead of copying the record around it.
    /// </summary>
    public static bool IsTruncated(DateTimeOffset time) => time.Offset == TimeSpan.Zero && time.UtcTicks % TimeSpan.TicksPerMillisecond == 0;

    public static bool IsTruncated(DateTimeOffset? time) => time is not { } value || IsTruncated(value);
}
