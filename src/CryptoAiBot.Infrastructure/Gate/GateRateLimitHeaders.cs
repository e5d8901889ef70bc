using System.Globalization;
using System.Net.Http.Headers;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate's <c>X-Gate-RateLimit-*</c> answer headers: requests left on this endpoint, its limit, and when it resets.
/// The reset is a Unix time in seconds, or in milliseconds from some gateways (facts.md §6); both are read.
/// </summary>
internal readonly record struct GateRateLimitHeaders(int? Remaining, int? Limit, DateTimeOffset? ResetAt)
{
    public const string RemainHeader = "X-Gate-RateLimit-Requests-Remain";
    public const string LimitHeader = "X-Gate-RateLimit-Limit";
    public const string ResetHeader = "X-Gate-RateLimit-Reset-Timestamp";

    // Anything above this is milliseconds: 10^11 seconds is the year 5138, 10^11 ms is 1973.
    private const long MillisecondsThreshold = 100_000_000_000;

    public static GateRateLimitHeaders Read(HttpResponseHeaders headers) =>
        new(Number(headers, RemainHeader) is { } remain ? (int)Math.Clamp(remain, 0, int.MaxValue) : null,
            Number(headers, LimitHeader) is { } limit ? (int)Math.Clamp(limit, 0, int.MaxValue) : null,
            Number(headers, ResetHeader) is { } reset and > 0 ? Instant(reset) : null);

    private static DateTimeOffset? Instant(long value) =>
        value >= MillisecondsThreshold
            ? value <= 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null
            : DateTimeOffset.FromUnixTimeSeconds(value);

    private static long? Number(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault()?.Trim();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number < long.MaxValue)
        {
            return (long)decimal.Truncate(number);
        }

        return null;
    }
}
