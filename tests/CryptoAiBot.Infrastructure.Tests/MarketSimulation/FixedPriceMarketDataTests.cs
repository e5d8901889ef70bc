using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Infrastructure.MarketSimulation;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.MarketSimulation;

public sealed class FixedPriceMarketDataTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 7, 30, TimeSpan.Zero);

    [Fact]
    public async Task Quotes_half_the_spread_either_side_of_the_price()
    {
        var market = new FixedPriceMarketData(60000m, new ManualTimeProvider(Now));

        var ticker = (await market.GetTickerAsync(Btc, default)).Value;

        Assert.Equal(59994m, ticker.Bid); // 60000 − 0.01% of 60000
        Assert.Equal(60006m, ticker.Ask);
        Assert.Equal(60000m, ticker.Last);
        Assert.Equal(Now, ticker.Time);
    }

    [Fact]
    public async Task A_spread_smaller_than_a_tick_still_keeps_bid_below_ask()
    {
        var market = new FixedPriceMarketData(1m, new ManualTimeProvider(Now));

        var ticker = (await market.GetTickerAsync(Btc, default)).Value;

        Assert.Equal(0.99m, ticker.Bid);
        Assert.Equal(1.01m, ticker.Ask);
    }

    [Fact]
    public async Task Candles_are_flat_closed_and_aligned_to_the_timeframe()
    {
        var market = new FixedPriceMarketData(60000m, new ManualTimeProvider(Now));

        var candles = (await market.GetClosedCandlesAsync(Btc, Timeframe.M5, 3, default)).Value;

        Assert.Equal(
            [Now.AddMinutes(-17.5), Now.AddMinutes(-12.5), Now.AddMinutes(-7.5)],
            candles.Select(c => c.OpenTime));
        Assert.All(candles, c => Assert.Equal(new Candle(c.OpenTime, 60000m, 60000m, 60000m, 60000m, 0m), c));
    }
}
