using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Domain.Tests.Trend;

/// <summary>Hand-made and real candle series for the trend filter tests.</summary>
internal static class TrendCandles
{
    /// <summary>A Monday, so that weeks, days and hours all start here.</summary>
    public static readonly DateTimeOffset Start = new(2025, 2, 3, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Candle[]> Btc1m = new(() => CandleFiles.Load("data/binance_BTC-USDT_1m.csv"));
    private static readonly Lazy<Candle[]> Btc1h = new(() => CandleFiles.Load("data/binance_BTC-USDT_1h.csv"));

    /// <summary>The shared BTC/USDT 1m candles (Apr–May 2021).</summary>
    public static Candle[] BtcMinutes => Btc1m.Value;

    /// <summary>The shared native BTC/USDT 1h candles (2017–2026).</summary>
    public static Candle[] BtcHours => Btc1h.Value;

    /// <summary>
    /// <paramref name="count"/> candles of <paramref name="step"/> from <paramref name="from"/>, candle i closing at
    /// <paramref name="close"/>(i), opening at the previous close, with high/low one unit around open and close.
    /// </summary>
    public static Candle[] Series(DateTimeOffset from, TimeSpan step, int count, Func<int, decimal> close)
    {
        var candles = new Candle[count];
        var previous = close(0);
        for (var i = 0; i < count; i++)
        {
            var c = close(i);
            candles[i] = new Candle(from + (step * i), previous, Math.Max(previous, c) + 1m, Math.Min(previous, c) - 1m, c, 1m);
            previous = c;
        }

        return candles;
    }

    /// <summary>One-minute candles from <see cref="Start"/> + <paramref name="offsetMinutes"/>, closes from <paramref name="close"/>(minute index).</summary>
    public static Candle[] Minutes(int count, Func<int, decimal> close, int offsetMinutes = 0) =>
        Series(Start.AddMinutes(offsetMinutes), TimeSpan.FromMinutes(1), count, i => close(i + offsetMinutes));

    /// <summary>A steady rise of 0.1 per minute from 1,000 (6 per hour).</summary>
    public static decimal Rising(int minute) => 1_000m + (minute * 0.1m);

    /// <summary>A steady fall of 0.1 per minute from 10,000.</summary>
    public static decimal Falling(int minute) => 10_000m - (minute * 0.1m);

    /// <summary>Feeds every candle and returns each verdict.</summary>
    public static TrendVerdict[] FeedAll(this TrendFilter filter, IReadOnlyList<Candle> candles)
    {
        var verdicts = new TrendVerdict[candles.Count];
        for (var i = 0; i < candles.Count; i++)
        {
            verdicts[i] = filter.OnCandle(candles[i]);
        }

        return verdicts;
    }

    /// <summary>A copy with every price multiplied by <paramref name="factor"/>.</summary>
    public static Candle Scaled(this Candle c, decimal factor) =>
        c with { Open = c.Open * factor, High = c.High * factor, Low = c.Low * factor, Close = c.Close * factor };
}
