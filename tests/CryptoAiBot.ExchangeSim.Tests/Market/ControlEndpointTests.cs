using System.Text;
using System.Text.Json;
using CryptoAiBot.ExchangeSim.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.ExchangeSim.Tests.Market;

/// <summary>The unsigned <c>/_sim/</c> endpoints: price, steps, funding and the ledger.</summary>
public sealed class ControlEndpointTests
{
    [Fact]
    public async Task Sets_the_price_funds_an_account_and_reads_its_ledger()
    {
        await using var rig = await SimRig.StartAsync();
        using var http = BotHttp.CreateClient(rig.Simulator.RootUrl);
        await rig.PlaceAsync("buy", "0.1", "59000");

        var price = await PostAsync(http, "_sim/price", """{"currency_pair":"BTC_USDT","price":"58000"}""");
        var fund = await PostAsync(http, "_sim/fund", """{"key":"k2","currency":"BTC","amount":"0.5"}""");
        var ledger = await http.GetJsonAsync("_sim/ledger?key=k1");
        var unknown = await PostAsync(http, "_sim/fund", """{"key":"nobody","currency":"BTC","amount":"1"}""");
        var missing = await PostAsync(http, "_sim/price", """{"currency_pair":"BTC_USDT"}""");

        Assert.Equal((200, "58000"), (price.Status, JsonDocument.Parse(price.Body).RootElement.Str("last")));
        Assert.Equal("0.5", JsonDocument.Parse(fund.Body).RootElement.Str("available"));
        Assert.Equal("closed", ledger.GetProperty("orders")[0].Str("status"));
        Assert.Equal("59000", ledger.GetProperty("trades")[0].Str("price"));
        Assert.Equal("0.0002", ledger.GetProperty("fees_paid").Str("BTC"));
        Assert.Equal(404, unknown.Status);
        Assert.Equal(400, missing.Status);
        Assert.Equal(0.5m, rig.Simulator.Ledger(SimRig.OtherKey).Balance("BTC").Available);
    }

    [Fact]
    public async Task Advance_steps_the_seeded_walk_the_same_way_every_run()
    {
        await using var first = await SimRig.StartAsync();
        await using var second = await SimRig.StartAsync();
        using var http = BotHttp.CreateClient(first.Simulator.RootUrl);

        var viaHttp = await PostAsync(http, "_sim/advance", """{"currency_pair":"BTC_USDT","steps":25}""");
        var direct = second.Simulator.AdvanceMarket(SimRig.Pair, 25);

        Assert.Equal(200, viaHttp.Status);
        Assert.Equal(direct, first.Simulator.LastPrice(SimRig.Pair));
        Assert.NotEqual(60_000m, direct);
    }

    [Fact]
    public async Task The_clock_moves_prices_when_auto_advancing()
    {
        await using var rig = await SimRig.StartAsync(o => o with { AutoAdvance = true, StepInterval = TimeSpan.FromSeconds(1) });
        var order = (await rig.PlaceAsync("buy", "0.001", "59990")).Json.Str("id");

        var prices = new HashSet<decimal>();
        for (var i = 0; i < 600 && rig.Simulator.Ledger(SimRig.Key).Orders.Single(o => o.Id == order).Status == "open"; i++)
        {
            rig.Time.Advance(TimeSpan.FromSeconds(1));
            prices.Add(rig.Simulator.LastPrice(SimRig.Pair));
        }

        Assert.True(prices.Count > 10, "the price walked");
        Assert.Equal("closed", rig.Simulator.Ledger(SimRig.Key).Orders.Single(o => o.Id == order).Status);
    }

    private static async Task<(int Status, string Body)> PostAsync(HttpClient http, string path, string json)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
