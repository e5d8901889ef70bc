using System.Globalization;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Market;

public sealed class CandlestickTests
{
    [Fact]
    public async Task Limit_gives_the_latest_rows_of_eight_strings_oldest_first_with_the_running_one_open()
    {
        await using var rig = await SimRig.StartAsync();
        var now = rig.Time.GetUtcNow().ToUnixTimeSeconds();

        var rows = (await rig.Client.GetPublicAsync("/spot/candlesticks?currency_pair=BTC_USDT&interval=1h&limit=5")).Json;

        Assert.Equal(5, rows.GetArrayLength());
        var times = rows.EnumerateArray().Select(r => long.Parse(r[0].GetString() ?? "", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(now - (now % 3600), times[^1]);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(3600, pair.Second - pair.First));
        foreach (var row in rows.EnumerateArray())
        {
            Assert.Equal(8, row.GetArrayLength());
            var (close, high, low, open) = (D(row[2]), D(row[3]), D(row[4]), D(row[5]));
            Assert.True(high >= Math.Max(open, close) && low <= Math.Min(open, close), row.ToString());
        }

        Assert.Equal("false", rows[4][7].GetString());
        Assert.Equal("true", rows[3][7].GetString());
        Assert.Equal(60_000m, D(rows[4][2]));
    }

    [Fact]
    public async Task From_and_to_give_the_periods_starting_inside_the_range()
    {
        await using var rig = await SimRig.StartAsync();
        var hourStart = rig.Time.GetUtcNow().ToUnixTimeSeconds() / 3600 * 3600;
        var from = hourStart - (10 * 60);
        var to = hourStart - 60;

        var rows = (await rig.Client.GetPublicAsync($"/spot/candlesticks?currency_pair=BTC_USDT&interval=1m&from={from}&to={to}")).Json;

        Assert.Equal(10, rows.GetArrayLength());
        Assert.Equal(from.ToString(CultureInfo.InvariantCulture), rows[0][0].GetString());
        Assert.Equal(to.ToString(CultureInfo.InvariantCulture), rows[9][0].GetString());
    }

    [Fact]
    public async Task A_price_move_shows_in_the_running_candle()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetPrice(SimRig.Pair, 61_000m);
        rig.Simulator.SetPrice(SimRig.Pair, 59_000m);
        rig.Simulator.SetPrice(SimRig.Pair, 60_500m);

        var last = (await rig.Client.GetPublicAsync("/spot/candlesticks?currency_pair=BTC_USDT&interval=1s&limit=1")).Json[0];

        // The start print (60000) opened this second.
        Assert.Equal((60_500m, 61_000m, 59_000m, 60_000m), (D(last[2]), D(last[3]), D(last[4]), D(last[5])));
    }

    [Theory]
    [InlineData("&interval=1m&limit=10&from=1700000000", "INVALID_PARAM_VALUE")]
    [InlineData("&interval=1m&limit=10&to=1700000000", "INVALID_PARAM_VALUE")]
    [InlineData("&interval=1m&limit=1001", "INVALID_PARAM_VALUE")]
    [InlineData("&interval=2h&limit=10", "INVALID_PARAM_VALUE")]
    [InlineData("&interval=1m&from=1700000000&to=1700060000", "INVALID_PARAM_VALUE")]
    public async Task Rejects_what_Gate_rejects(string query, string label)
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.Client.GetPublicAsync("/spot/candlesticks?currency_pair=BTC_USDT" + query);

        Assert.Equal(400, response.Status);
        Assert.Equal(label, response.Label);
    }

    [Fact]
    public async Task Serves_a_thousand_rows_and_daily_history()
    {
        await using var rig = await SimRig.StartAsync();

        var minutes = (await rig.Client.GetPublicAsync("/spot/candlesticks?currency_pair=BTC_USDT&interval=1m&limit=1000")).Json;
        var days = (await rig.Client.GetPublicAsync("/spot/candlesticks?currency_pair=BTC_USDT&interval=1d&limit=3")).Json;

        Assert.Equal(1000, minutes.GetArrayLength());
        Assert.Equal(3, days.GetArrayLength());
        Assert.True(D(days[0][6]) > 0, "history candles carry volume");
    }

    private static decimal D(System.Text.Json.JsonElement value) => decimal.Parse(value.GetString() ?? "", CultureInfo.InvariantCulture);
}
