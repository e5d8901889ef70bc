using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Tests.Markets;

/// <summary>Mid price and spread in percent of mid; a broken quote has no spread rather than a negative one.</summary>
public sealed class TickerTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    [Fact]
    public void Spread_is_the_gap_in_percent_of_the_mid_price()
    {
        var ticker = new Ticker(Btc, 99m, 101m, 100m, DateTimeOffset.UnixEpoch);

        Assert.Equal(100m, ticker.Mid);
        Assert.Equal(2m, ticker.SpreadPct);
    }

    [Theory]
    [InlineData(0, 101)]
    [InlineData(-1, 101)]
    [InlineData(102, 101)]
    public void Spread_is_zero_when_the_quote_is_not_valid(decimal bid, decimal ask)
    {
        Assert.Equal(0m, new Ticker(Btc, bid, ask, 100m, DateTimeOffset.UnixEpoch).SpreadPct);
    }
}
