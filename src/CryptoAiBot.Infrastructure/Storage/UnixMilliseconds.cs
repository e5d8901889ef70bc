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
}
