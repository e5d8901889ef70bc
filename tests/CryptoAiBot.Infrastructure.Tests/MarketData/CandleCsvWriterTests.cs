using System.Globalization;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.Infrastructure.Tests.MarketData;

/// <summary>The written format: header, '\n', invariant numbers as decimal.ToString gives them, and a lossless round trip.</summary>
public sealed class CandleCsvWriterTests
{
    [Fact]
    public void Writes_the_header_and_one_invariant_row_per_candle()
    {
        // A culture with a decimal comma, current while writing: the file must not follow it.
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        var writer = new StringWriter(comma);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = comma;
        try
        {
            CandleCsvWriter.Write(writer,
            [
                new Candle(DateTimeOffset.FromUnixTimeMilliseconds(1_617_321_600_000), 58720.45m, 58840.43m, 58632m, 58760.34m, 61.685675m),
                new Candle(new DateTimeOffset(2021, 4, 2, 3, 1, 0, TimeSpan.FromHours(3)), 1.50m, 2m, 0.00000001m, 1m, 0m),
            ]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(
            "timestamp_ms,open,high,low,close,volume\n"
            + "1617321600000,58720.45,58840.43,58632,58760.34,61.685675\n"
            + "1617321660000,1.50,2,0.00000001,1,0\n",
            writer.ToString());
    }

    [Fact]
    public void Reading_back_what_was_written_gives_the_same_values_and_scales()
    {
        var random = new Random(7);
        var candles = Enumerable.Range(0, 5_000).Select(i =>
        {
            var low = new decimal(random.Next(1, int.MaxValue), random.Next(0, 100), 0, false, (byte)random.Next(0, 20));
            var high = low * 2;
            return new Candle(DateTimeOffset.UnixEpoch.AddMinutes(i), low, high, low, high, new decimal(random.Next(), 0, 0, false, (byte)random.Next(0, 28)));
        }).ToList();
        var writer = new StringWriter(CultureInfo.InvariantCulture);

        CandleCsvWriter.Write(writer, candles);
        var result = CandleCsvReader.Read(new StringReader(writer.ToString()), Timeframe.M1);

        Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(3)));
        Assert.Equal(candles, result.Candles);
        Assert.Equal(
            candles.Select(c => decimal.GetBits(c.Volume)[3]),
            result.Candles.Select(c => decimal.GetBits(c.Volume)[3]));
    }
}
