using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketData;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.MarketData;

/// <summary>
/// The real files of ../shared/data: all valid for their timeframe with the row counts PROVENANCE.md gives,
/// the three readers agree, and writing what was read reproduces each file byte for byte (the files hold
/// plain decimals with trailing ".0" stripped, which is exactly what decimal.ToString gives back).
/// </summary>
public sealed class CandleCsvRealFileTests
{
    public static TheoryData<string, string, int> Files => new()
    {
        { "binance_BTC-USDT_1m.csv", "1m", 69_926 },
        { "binance_BTC-USDT_5m.csv", "5m", 65_740 },
        { "binance_BTC-USDT_15m.csv", "15m", 116_219 },
        { "binance_BTC-USDT_1h.csv", "1h", 77_373 },
        { "binance_BTC-USDT_4h.csv", "4h", 19_257 },
        { "binance_BTC-USDT_1d.csv", "1d", 3_211 },
        { "binance_ETH-USDT_1m.csv", "1m", 106_856 },
        { "binance_ETH-USDT_5m.csv", "5m", 65_741 },
        { "binance_ETH-USDT_15m.csv", "15m", 116_219 },
        { "binance_ETH-USDT_1h.csv", "1h", 76_034 },
        { "binance_ETH-USDT_4h.csv", "4h", 19_257 },
        { "binance_ETH-USDT_1d.csv", "1d", 3_211 },
        { "extra/binance_BTC-USDT_1m_2023-03-16_2023-05-05.csv", "1m", 71_040 },
        { "extra/binance_BTC-USDT_5m_2023-03-16_2023-05-05.csv", "5m", 14_207 },
        { "extra/binance_ETH-USDT_1m_2023-03-16_2023-05-01.csv", "1m", 66_086 },
        { "extra/binance_ETH-USDT_5m_2023-03-16_2023-05-01.csv", "5m", 13_216 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_shared_file_is_valid_and_writes_back_byte_for_byte(string file, string timeframe, int rows)
    {
        var path = RepositoryPaths.Shared("data/" + file);
        using var temp = new TempDirectory();

        var result = CandleCsvReader.ReadFile(path, Timeframe.Parse(timeframe));
        CandleCsvWriter.WriteFile(temp.File("copy.csv"), result.Candles);

        Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(5)));
        Assert.Equal(rows, result.Candles.Count);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(temp.File("copy.csv")));
    }

    [Fact]
    public async Task The_async_and_streaming_readers_give_the_same_candles()
    {
        var path = RepositoryPaths.Shared("data/binance_ETH-USDT_1m.csv");

        var sync = CandleCsvReader.ReadFile(path, Timeframe.M1);
        var async = await CandleCsvReader.ReadFileAsync(path, Timeframe.M1, CancellationToken.None);
        var streamed = CandleCsvReader.Enumerate(path, Timeframe.M1).ToList();

        Assert.Equal(sync.Candles, async.Candles);
        Assert.Equal(sync.Candles, streamed);
    }

    [Fact]
    public async Task The_async_writer_writes_the_same_bytes_and_leaves_no_temporary_file()
    {
        var path = RepositoryPaths.Shared("data/binance_BTC-USDT_4h.csv");
        using var temp = new TempDirectory();
        var target = temp.Write("out.csv", "old content that must be replaced");

        await CandleCsvWriter.WriteFileAsync(target, CandleCsvReader.Enumerate(path), CancellationToken.None);

        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(target));
        Assert.Equal(["out.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_that_fails_while_writing_leaves_the_old_file_and_no_temporary_file()
    {
        using var temp = new TempDirectory();
        var target = temp.Write("out.csv", "old");

        Assert.Throws<InvalidOperationException>(() => CandleCsvWriter.WriteFile(target, Failing()));

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(temp.Path));

        static IEnumerable<Candle> Failing()
        {
            yield return new Candle(DateTimeOffset.UnixEpoch, 1, 1, 1, 1, 1);
            throw new InvalidOperationException("source broke");
        }
    }
}
