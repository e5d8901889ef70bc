using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate's candle intervals: <c>1s 10s 1m 5m 15m 30m 1h 4h 8h 1d 7d</c> (and <c>30d</c>, a calendar month, which has no
/// fixed length and so is not offered). Our <c>1w</c> is Gate's <c>7d</c>, as in ccxt.
/// </summary>
internal static class GateIntervals
{
    private static readonly HashSet<string> Fixed = new(StringComparer.Ordinal) { "1s", "10s", "1m", "5m", "15m", "30m", "1h", "4h", "8h", "1d", "7d" };

    public static string? For(Timeframe timeframe)
    {
        var code = timeframe.Code == "1w" ? "7d" : timeframe.Code;
        return Fixed.Contains(code) && timeframe.Duration > TimeSpan.Zero ? code : null;
    }
}
