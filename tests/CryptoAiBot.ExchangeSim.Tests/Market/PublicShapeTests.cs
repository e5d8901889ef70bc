using System.Text.Json;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Market;

/// <summary>The public answers carry the fields of Gate's recorded answers (official doc examples and ccxt's live fixtures).</summary>
public sealed class PublicShapeTests
{
    private static readonly JsonElement Official = GateFixtures.Official;
    private static readonly JsonElement Live = GateFixtures.Live;

    [Fact]
    public async Task Currency_pair_has_every_field_of_the_official_example_with_the_same_json_types()
    {
        await using var rig = await SimRig.StartAsync();
        var example = Official.GetProperty("GET /spot/currency_pairs_200")[0];

        var list = await rig.Client.GetPublicAsync("/spot/currency_pairs");
        var one = await rig.Client.GetPublicAsync("/spot/currency_pairs/BTC_USDT");
        var unknown = await rig.Client.GetPublicAsync("/spot/currency_pairs/NOPE_USDT");

        Assert.Equal(2, list.Json.GetArrayLength());
        AssertSameShape(example, one.Json, except: ["max_base_amount", "max_quote_amount"]);
        Assert.Equal(JsonValueKind.Null, one.Json.GetProperty("max_base_amount").ValueKind);
        Assert.Equal(6, one.Json.GetProperty("amount_precision").GetInt32());
        Assert.Equal(1, one.Json.GetProperty("precision").GetInt32());
        Assert.Equal("0.2", one.Json.Str("fee"));
        Assert.Equal((400, "INVALID_CURRENCY_PAIR"), (unknown.Status, unknown.Label));
    }

    [Fact]
    public async Task Ticker_is_an_array_with_the_live_fields_and_the_book_top()
    {
        await using var rig = await SimRig.StartAsync();
        var live = Live.GetProperty("fetchTicker")[0].GetProperty("httpResponse")[0];

        var all = await rig.Client.GetPublicAsync("/spot/tickers");
        var one = await rig.Client.GetPublicAsync("/spot/tickers?currency_pair=BTC_USDT");

        Assert.Equal(2, all.Json.GetArrayLength());
        var ticker = Assert.Single(one.Json.EnumerateArray());
        AssertSameShape(live, ticker);
        Assert.Equal(60_000m, ticker.Dec("last"));
        Assert.Equal(60_006m, ticker.Dec("lowest_ask"));
        Assert.Equal(59_994m, ticker.Dec("highest_bid"));
        Assert.Equal(0.05m, ticker.Dec("lowest_size"));
        Assert.False(all.Json[0].TryGetProperty("lowest_size", out _));
    }

    [Fact]
    public async Task Order_book_has_the_official_shape_levels_around_the_price_and_id_only_on_request()
    {
        await using var rig = await SimRig.StartAsync();
        var example = Official.GetProperty("GET /spot/order_book_200");

        var withId = (await rig.Client.GetPublicAsync("/spot/order_book?currency_pair=BTC_USDT&limit=3&with_id=true")).Json;
        var plain = (await rig.Client.GetPublicAsync("/spot/order_book?currency_pair=BTC_USDT")).Json;

        AssertSameShape(example, withId);
        Assert.False(plain.TryGetProperty("id", out _));
        Assert.Equal(10, plain.GetProperty("asks").GetArrayLength());
        Assert.Equal([["60006", "0.05"], ["60036", "0.05"], ["60066", "0.05"]], Levels(withId, "asks"));
        Assert.Equal([["59994", "0.05"], ["59964", "0.05"], ["59934", "0.05"]], Levels(withId, "bids"));
    }

    [Fact]
    public async Task Order_book_is_rebuilt_around_a_new_price()
    {
        await using var rig = await SimRig.StartAsync();

        rig.Simulator.SetPrice(SimRig.Pair, 50_000m);
        var book = (await rig.Client.GetPublicAsync("/spot/order_book?currency_pair=BTC_USDT&limit=1")).Json;

        Assert.Equal([["50005", "0.05"]], Levels(book, "asks"));
        Assert.Equal([["49995", "0.05"]], Levels(book, "bids"));
    }

    [Fact]
    public async Task Server_time_is_milliseconds_of_the_simulator_clock()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Time.Advance(TimeSpan.FromSeconds(90));

        var time = await rig.Client.GetPublicAsync("/spot/time");

        AssertSameShape(Official.GetProperty("GET /spot/time_200"), time.Json);
        Assert.Equal(rig.Time.GetUtcNow().ToUnixTimeMilliseconds(), time.Json.GetProperty("server_time").GetInt64());
    }

    internal static void AssertSameShape(JsonElement expected, JsonElement actual, IReadOnlyCollection<string>? except = null)
    {
        var skipped = except ?? [];
        var missing = expected.FieldNames().Where(n => !skipped.Contains(n) && !n.StartsWith("etf_", StringComparison.Ordinal)).Except(actual.FieldNames()).ToList();
        Assert.True(missing.Count == 0, "missing fields: " + string.Join(", ", missing));
        foreach (var field in expected.EnumerateObject().Where(f => !skipped.Contains(f.Name) && !f.Name.StartsWith("etf_", StringComparison.Ordinal)))
        {
            var kind = actual.GetProperty(field.Name).ValueKind;
            Assert.True(SameKind(field.Value.ValueKind, kind), $"{field.Name}: expected {field.Value.ValueKind}, got {kind}");
        }
    }

    private static bool SameKind(JsonValueKind expected, JsonValueKind actual) =>
        expected == actual || (expected is JsonValueKind.True or JsonValueKind.False && actual is JsonValueKind.True or JsonValueKind.False);

    private static string[][] Levels(JsonElement book, string side) =>
        [.. book.GetProperty(side).EnumerateArray().Select(l => l.EnumerateArray().Select(v => v.GetString() ?? "").ToArray())];
}
