using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Backtesting;

public sealed class CandleReplayMarketTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static CandleReplayMarket Market(ManualTimeProvider time) => new(
        Btc,
        Enumerable.Range(0, 10).Select(i => new Candle(Start.AddMinutes(i), 100m + i, 101m + i, 99m + i, 100.5m + i, 1m)).ToArray(),
        Timeframe.M1,
        FillModel.NextOpen,
        0m,
        time);

    [Fact]
    public async Task Decisions_see_only_candles_closed_by_now()
    {
        var time = new ManualTimeProvider(Start.AddMinutes(3).AddSeconds(30));

        var closed = await Market(time).Decisions.GetClosedCandlesAsync(Btc, Timeframe.M1, 100, CancellationToken.None);

        Assert.Equal([Start, Start.AddMinutes(1), Start.AddMinutes(2)], closed.Value.Select(c => c.OpenTime));
    }

    [Fact]
    public async Task Another_timeframe_is_a_clear_error_rather_than_the_replayed_candles()
    {
        var time = new ManualTimeProvider(Start.AddMinutes(9));

        var hourly = await Market(time).Decisions.GetClosedCandlesAsync(Btc, Timeframe.H1, 10, CancellationToken.None);

        Assert.False(hourly.IsSuccess);
        Assert.Equal(ErrorCode.Validation, hourly.Error.Code);
        Assert.Equal("The replay holds 1m candles only; 1h was asked for.", hourly.Error.Message);
    }
}
