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
}
