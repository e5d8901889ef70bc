using System.Globalization;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Domain.Tests.Indicators;

/// <summary>One real candle file as parallel arrays, read with a plain string split (no production code).</summary>
internal sealed record CandleSeries(string File, double[] High, double[] Low, double[] Close, Candle[] Candles)
{
    public int Count => Close.Length;
}

/// <summary>The <c>../shared/data</c> files the indicator and strategy golden tests run on, loaded once per test run.</summary>
internal static class RealCandles
{
    private static readonly Lazy<CandleSeries> BtcMinute = new(() => Read("binance_BTC-USDT_1m.csv"));
    private static readonly Lazy<CandleSeries> EthQuarter = new(() => Read("binance_ETH-USDT_15m.csv"));

    /// <summary>BTC/USDT 1m (about 70k candles).</summary>
    public static CandleSeries BtcUsdt1m => BtcMinute.Value;

    /// <summary>ETH/USDT 15m (about 116k candles).</summary>
    public static CandleSeries EthUsdt15m => EthQuarter.Value;

    public static CandleSeries Get(string file) => file switch
    {
        "binance_BTC-USDT_1m.csv" => BtcUsdt1m,
        "binance_ETH-USDT_15m.csv" => EthUsdt15m,
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "not a golden file"),
    };

    private static CandleSeries Read(string file)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Shared("data/" + file));
        Assert.Equal("timestamp_ms,open,high,low,close,volume", lines[0]);
        var count = lines.Length - 1;
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        var candles = new Candle[count];
        for (var i = 0; i < count; i++)
        {
            var f = lines[i + 1].Split(',');
            high[i] = double.Parse(f[2], CultureInfo.InvariantCulture);
            low[i] = double.Parse(f[3], CultureInfo.InvariantCulture);
            close[i] = double.Parse(f[4], CultureInfo.InvariantCulture);
            candles[i] = new Candle(
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture)),
                decimal.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture),
                decimal.Parse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture),
                decimal.Parse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture),
                decimal.Parse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture),
                decimal.Parse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return new CandleSeries(file, high, low, close, candles);
    }
}
