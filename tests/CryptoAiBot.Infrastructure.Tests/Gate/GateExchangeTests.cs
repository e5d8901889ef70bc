using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;
using Reply = CryptoAiBot.Testing.LoopbackHttpServer.Reply;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>The unified calls end to end against a loopback Gate: paging, closed-candle filtering, lookups, bodies, refusals.</summary>
public sealed class GateExchangeTests : IAsyncLifetime
{
    private const string Candles = GateTestServer.Prefix + "/spot/candlesticks";
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private GateTestServer _gate = null!;

    public async Task InitializeAsync() => _gate = await GateTestServer.StartAsync();

    public async Task DisposeAsync() => await _gate.DisposeAsync();

    [Fact]
    public async Task Candles_over_more_than_1000_are_paged_by_time_and_come_back_contiguous_oldest_first()
    {
        _gate.Http.Handle(Candles, request => new Reply(200, Rows(Query(request.Query, "from"), Query(request.Query, "to"), 3600)));
        using var exchange = _gate.Exchange();
        var since = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 / 3600 * 3600);

        var candles = await exchange.FetchOhlcvAsync(Btc, Timeframe.H1, since, null, 2500, false, CancellationToken.None);

        Assert.Equal(2500, candles.Value.Count);
        Assert.Equal(since, candles.Value[0].OpenTime);
        Assert.All(candles.Value.Zip(candles.Value.Skip(1)), pair => Assert.Equal(TimeSpan.FromHours(1), pair.Second.OpenTime - pair.First.OpenTime));
        var windows = _gate.Http.Requests(Candles).Select(r => (Query(r.Query, "from"), Query(r.Query, "to"))).ToList();
        var from = since.ToUnixTimeSeconds();
        Assert.Equal([(from, from + (999 * 3600)), (from + (999 * 3600) + 1, from + (1999 * 3600)), (from + (1999 * 3600) + 1, from + (2499 * 3600))], windows);
    }

    [Fact]
    public async Task A_time_range_is_paged_to_its_end_and_one_too_long_is_refused_before_any_request()
    {
        _gate.Http.Handle(Candles, request => new Reply(200, Rows(Query(request.Query, "from"), Query(request.Query, "to"), 60)));
        using var exchange = _gate.Exchange(new GateClientOptions { BaseUrl = _gate.Options().BaseUrl, MaxCandlePages = 3 });
        var since = DateTimeOffset.FromUnixTimeSeconds(1_700_000_040);

        var range = await exchange.FetchOhlcvAsync(Btc, Timeframe.M1, since, since.AddMinutes(2100), null, false, CancellationToken.None);
        var tooLong = await exchange.FetchOhlcvAsync(Btc, Timeframe.M1, since, since.AddMinutes(3100), null, false, CancellationToken.None);

        Assert.Equal(2101, range.Value.Count);
        Assert.Equal((since, since.AddMinutes(2100)), (range.Value[0].OpenTime, range.Value[^1].OpenTime));
        Assert.Equal(3, _gate.Http.Requests(Candles).Count);
        Assert.Equal(ErrorCode.Validation, tooLong.Error?.Code);
    }

    [Fact]
    public async Task The_latest_candles_leave_out_the_one_still_forming()
    {
        _gate.Http.Answer(Candles, """
            [["1710320400","1","10","12","9","11","5","true"],["1710324000","1","11","13","10","10","6","true"],["1710327600","1","12","14","11","11","7","false"]]
            """);
        using var exchange = _gate.Exchange();

        var closed = await exchange.FetchOhlcvAsync(Btc, Timeframe.H1, null, null, 2, false, CancellationToken.None);
        var all = await exchange.FetchOhlcvAsync(Btc, Timeframe.H1, null, null, 3, true, CancellationToken.None);

        Assert.Equal(
            [new(DateTimeOffset.FromUnixTimeSeconds(1710320400), 11m, 12m, 9m, 10m, 5m), new(DateTimeOffset.FromUnixTimeSeconds(1710324000), 10m, 13m, 10m, 11m, 6m)],
            closed.Value);
        Assert.Equal(3, all.Value.Count);
        Assert.Equal(["currency_pair=BTC_USDT&interval=1h&limit=3", "currency_pair=BTC_USDT&interval=1h&limit=3"], _gate.Http.Requests(Candles).Select(r => r.Query));
    }

    [Fact]
    public async Task Weekly_candles_ask_gate_for_7d_and_unknown_timeframes_are_refused_locally()
    {
        _gate.Http.Answer(Candles, "[]");
        using var exchange = _gate.Exchange();

        await exchange.FetchOhlcvAsync(Btc, Timeframe.W1, null, null, 10, false, CancellationToken.None);
        var twoHours = await exchange.FetchOhlcvAsync(Btc, new Timeframe("2h", TimeSpan.FromHours(2)), null, null, 10, false, CancellationToken.None);

        Assert.Equal("currency_pair=BTC_USDT&interval=7d&limit=11", Assert.Single(_gate.Http.Requests(Candles)).Query);
        Assert.Equal(ErrorCode.Validation, twoHours.Error?.Code);
    }

    [Fact]
    public async Task An_order_is_looked_up_by_client_id_through_its_text()
    {
        _gate.Http.Answer(GateTestServer.Prefix + "/spot/orders/t-buy-7", """
            {"id":"9","text":"t-buy-7","status":"cancelled","currency_pair":"BTC_USDT","type":"market","side":"buy","amount":"10","left":"0.01","filled_total":"9.99","avg_deal_price":"49950","finish_as":"ioc"}
            """);
        using var exchange = _gate.Exchange();

        var order = await exchange.FetchOrderAsync(Btc, new ClientOrderId("buy-7"), CancellationToken.None);

        // Cancelled, yet 9.99 USDT bought 0.0002 BTC: fills come from the amounts, not the status.
        Assert.Equal((GateOrderStatus.Cancelled, GateFinishAs.Ioc, true, 0.0002m), (order.Value.Status, order.Value.FinishAs, order.Value.HasFills, order.Value.FilledAmount));
        Assert.Equal("account=spot&currency_pair=BTC_USDT", Assert.Single(_gate.CallsUnder()).Query);
    }

    [Fact]
    public async Task Orders_below_the_minimum_or_on_unknown_markets_are_refused_and_never_sent()
    {
        using var exchange = _gate.Exchange();

        var small = await exchange.CreateMarketBuyAsync(Btc, 2.99m, new ClientOrderId("small"), CancellationToken.None);
        var unknown = await exchange.CreateMarketBuyAsync(Symbol.Parse("XYZ/USDT"), 10m, new ClientOrderId("xyz"), CancellationToken.None);
        var closed = await exchange.CreateMarketBuyAsync(Symbol.Parse("OLD/USDT"), 10m, new ClientOrderId("old"), CancellationToken.None);

        Assert.Equal((ErrorCode.BelowMinimum, ErrorCode.InvalidSymbol, ErrorCode.Validation), (small.Error?.Code, unknown.Error?.Code, closed.Error?.Code));
        Assert.Empty(_gate.CallsUnder());
    }

    [Fact]
    public async Task A_protective_stop_is_sent_in_gates_spot_price_order_shape_and_its_id_read()
    {
        _gate.Http.Answer(GateTestServer.Prefix + "/spot/price_orders", """{"id":1432329}""", 201);
        using var exchange = _gate.Exchange();
        var stop = new GatePriceOrderRequest(Btc, 48000.04m, GateTriggerRule.AtOrBelow, TimeSpan.FromDays(1), GateOrderType.Limit, OrderSide.Sell, 47900m, 0.0012345m);

        var id = await exchange.CreatePriceOrderAsync(stop, CancellationToken.None);

        Assert.Equal("1432329", id.Value);
        var body = JsonNode.Parse(Encoding.UTF8.GetString(Assert.Single(_gate.CallsUnder()).Body))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"trigger":{"price":"48000","rule":"<=","expiration":86400},
             "put":{"type":"limit","side":"sell","price":"47900","amount":"0.001234","account":"normal","time_in_force":"gtc"},"market":"BTC_USDT"}
            """), body), body.ToJsonString());
    }

    [Fact]
    public async Task The_dead_mans_switch_is_armed_with_the_documented_body()
    {
        _gate.Http.Answer(GateTestServer.Prefix + "/spot/countdown_cancel_all", """{"triggerTime":1660039145000}""");
        using var exchange = _gate.Exchange();

        var armed = await exchange.CountdownCancelAllAsync(Btc, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1660039145000), armed.Value);
        Assert.Equal("""{"timeout":30,"currency_pair":"BTC_USDT"}""", Encoding.UTF8.GetString(Assert.Single(_gate.CallsUnder()).Body));
    }

    [Fact]
    public async Task A_read_whose_answer_cannot_be_parsed_is_a_malformed_response()
    {
        _gate.Http.Answer(GateTestServer.Prefix + "/spot/accounts", """[{"currency":"USDT","available":"lots","locked":"0"}]""");
        _gate.Http.Answer(GateTestServer.Prefix + "/spot/tickers", "not json");
        using var exchange = _gate.Exchange();

        var balances = await exchange.FetchBalanceAsync(CancellationToken.None);
        var ticker = await exchange.FetchTickerAsync(Btc, CancellationToken.None);

        Assert.Equal((ErrorCode.MalformedResponse, ErrorCode.MalformedResponse), (balances.Error?.Code, ticker.Error?.Code));
        Assert.Contains("account.available: \"lots\" is not a number", balances.Error!.Message, StringComparison.Ordinal);
    }

    private static string Rows(long from, long to, long step)
    {
        var rows = new List<string>();
        for (var t = (from + step - 1) / step * step; t <= to; t += step)
        {
            rows.Add($"""["{t}","100","2","3","1","2","50","true"]""");
        }

        return "[" + string.Join(',', rows) + "]";
    }

    private static long Query(string query, string name) =>
        long.Parse(query.Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..], CultureInfo.InvariantCulture);
}
