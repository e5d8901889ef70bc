using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Trading;

/// <summary>Gate's placement checks, with Gate's labels; a refused order leaves no trace.</summary>
public sealed class OrderRuleTests
{
    [Theory]
    [InlineData("t-abc", 201)]
    [InlineData("t-a.b_c-D9", 201)]
    [InlineData("t-1234567890123456789012345678", 201)]
    [InlineData("t-12345678901234567890123456789", 400)]
    [InlineData("t-", 400)]
    [InlineData("abc", 400)]
    [InlineData("t-a b", 400)]
    [InlineData("t-ä", 400)]
    [InlineData("t-a\n", 400)]
    public async Task Text_must_be_t_dash_and_at_most_28_allowed_characters(string text, int status)
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.PlaceAsync("buy", "0.001", price: "50000", text: text);

        Assert.Equal(status, response.Status);
        if (status == 400)
        {
            Assert.Equal("INVALID_PARAM_VALUE", response.Label);
            Assert.Equal($"Invalid parameter `text` with value: {text}", response.Json.Str("message"));
        }
        else
        {
            Assert.Equal(text, response.Json.Str("text"));
        }
    }

    [Fact]
    public async Task Order_without_text_is_reported_as_apiv4()
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.PlaceAsync("buy", "0.001", price: "50000");

        Assert.Equal("apiv4", response.Json.Str("text"));
    }

    [Theory]
    [InlineData("limit", "buy", "0.0000001", "50000", "INVALID_PRECISION")]
    [InlineData("limit", "buy", "0.001", "50000.05", "INVALID_PRECISION")]
    [InlineData("market", "buy", "10.55", null, "INVALID_PRECISION")]
    [InlineData("limit", "buy", "0.000001", "50000", "AMOUNT_TOO_LITTLE")]
    [InlineData("limit", "buy", "0.00002", "60000", "AMOUNT_TOO_LITTLE")]
    [InlineData("market", "buy", "2", null, "AMOUNT_TOO_LITTLE")]
    [InlineData("market", "sell", "0.00004", null, "AMOUNT_TOO_LITTLE")]
    [InlineData("limit", "buy", "-1", "50000", "INVALID_PARAM_VALUE")]
    [InlineData("limit", "buy", "1e-3", "50000", "INVALID_PARAM_VALUE")]
    [InlineData("limit", "hold", "0.001", "50000", "INVALID_PARAM_VALUE")]
    [InlineData("stop", "buy", "0.001", "50000", "INVALID_PARAM_VALUE")]
    [InlineData("limit", "buy", "0.001", null, "MISSING_REQUIRED_PARAM")]
    [InlineData("limit", "buy", "2", "60000", "BALANCE_NOT_ENOUGH")]
    [InlineData("limit", "sell", "10.5", "60000", "BALANCE_NOT_ENOUGH")]
    [InlineData("market", "buy", "100000.1", null, "BALANCE_NOT_ENOUGH")]
    public async Task Refuses_bad_orders_with_Gate_labels(string type, string side, string amount, string? price, string label)
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.PlaceAsync(side, amount, price: price, type: type);

        Assert.Equal((400, label), (response.Status, response.Label));
        var ledger = rig.Simulator.Ledger(SimRig.Key);
        Assert.Empty(ledger.Orders);
        Assert.Equal((100_000m, 0m), (ledger.Balance("USDT").Available, ledger.Balance("USDT").Locked));
    }

    [Fact]
    public async Task Refuses_an_unknown_pair_and_a_body_that_is_not_json()
    {
        await using var rig = await SimRig.StartAsync();

        var pair = await rig.PlaceAsync("buy", "1", price: "1", pair: "DOGE_USDT");
        var garbage = await rig.Client.PostAsync("/spot/orders", "{not json");

        Assert.Equal((400, "INVALID_CURRENCY_PAIR"), (pair.Status, pair.Label));
        Assert.Equal((400, "INVALID_REQUEST_BODY"), (garbage.Status, garbage.Label));
    }

    [Fact]
    public async Task Ack_mode_answers_only_the_ids()
    {
        await using var rig = await SimRig.StartAsync();

        var response = await rig.Client.PostAsync("/spot/orders", """{"currency_pair":"BTC_USDT","side":"buy","amount":"0.001","price":"50000","text":"t-ack","action_mode":"ACK"}""");

        Assert.Equal(201, response.Status);
        Assert.Equal(["amend_text", "id", "text"], response.Json.FieldNames());
        Assert.Equal("t-ack", response.Json.Str("text"));
    }
}
