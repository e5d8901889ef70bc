using System.Text.Json;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Broken answers fail cleanly: a MalformedResponse error naming the field, never an exception or a wrong number.</summary>
public sealed class GateMalformedResponseTests
{
    private const string Order = """{"id":"1","currency_pair":"BTC_USDT","type":"limit","side":"buy","status":"open","amount":"1","left":"1"}""";
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    private static readonly Dictionary<string, Func<JsonElement, object>> Parsers = new(StringComparer.Ordinal)
    {
        ["order"] = root => GateOrderParser.Parse(root),
        ["trades"] = root => GateTradeParser.ParseList(root, Btc),
        ["candles"] = root => GateCandleParser.ParseList(root),
        ["ticker"] = root => GateTickerParser.ParseOne(root, Btc, DateTimeOffset.UnixEpoch),
        ["book"] = root => GateOrderBookParser.Parse(root, Btc),
        ["balances"] = root => GateBalanceParser.ParseList(root),
        ["price order"] = root => GatePriceOrderParser.Parse(root),
        ["time"] = root => GateServerClock.ParseServerTime(root),
        ["markets"] = root => GateMarketParser.ParseList(root),
    };

    [Theory]
    [InlineData("order", """{"currency_pair":"BTC_USDT","type":"limit","side":"buy","status":"open","amount":"1","left":"1"}""", "order.id is missing")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC_USDT","type":"limit","side":"buy","status":"open","amount":"abc","left":"1"}""", "order.amount: \"abc\" is not a number")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC_USDT","type":"limit","side":"buy","status":"done","amount":"1","left":"1"}""", "order.status: 'done' is not open, closed or cancelled")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC_USDT","type":"limit","side":"short","status":"open","amount":"1","left":"1"}""", "order.side: 'short' is not buy or sell")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC_USDT","type":"stop","side":"buy","status":"open","amount":"1","left":"1"}""", "order.type: 'stop' is not limit or market")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC_USDT","type":"limit","side":"buy","status":"open","amount":"1","left":"-1"}""", "order.left: -1 is negative")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC_USDT","type":"market","side":"buy","status":"closed","amount":"5","left":"0","filled_total":"5"}""", "order.filled_amount is missing and cannot be derived")]
    [InlineData("order", """{"id":{"x":1},"currency_pair":"BTC_USDT","type":"limit","side":"buy","status":"open","amount":"1","left":"1"}""", "order.id: {\"x\":1} is not an id")]
    [InlineData("order", """{"id":"1","currency_pair":"BTC/USDT/X","type":"limit","side":"buy","status":"open","amount":"1","left":"1"}""", "order.currency_pair: 'BTC/USDT/X' is not a currency pair")]
    [InlineData("order", """["not","an","order"]""", "order: expected an object, got Array")]
    [InlineData("trades", """[{"id":"1","side":"buy","amount":"1","price":"0","create_time":"1"}]""", "trade.price: 0 is not positive")]
    [InlineData("trades", """[{"id":"1","side":"buy","amount":"1","price":"2","role":"both","create_time":"1"}]""", "trade.role: 'both' is not taker or maker")]
    [InlineData("trades", """[{"id":"1","side":"buy","amount":"1","price":"2"}]""", "trade.create_time is missing")]
    [InlineData("trades", """[{"id":"1","currency_pair":"ETH_USDT","side":"buy","amount":"1","price":"2","create_time":"1"}]""", "trade.currency_pair: ETH_USDT is not the requested BTC_USDT")]
    [InlineData("trades", """{"id":"1"}""", "trades: expected an array, got Object")]
    [InlineData("candles", """[["1","2","3","4","5","6"]]""", "candlesticks[0]: expected a row of 7 or 8 columns")]
    [InlineData("candles", """[["1","2","3","4","5","6","7","maybe"]]""", "candlesticks[0].closed: \"maybe\" is not true or false")]
    [InlineData("candles", """[["1.5","2","3","4","5","6","7","true"]]""", "candlesticks[0].time: 1.5 is not whole seconds")]
    [InlineData("candles", """[["1","2","x","4","5","6","7","true"]]""", "candlesticks[0].close: \"x\" is not a number")]
    [InlineData("ticker", """[{"currency_pair":"BTC_USDT","highest_bid":"1"}]""", "ticker.last is missing")]
    [InlineData("ticker", """[{"currency_pair":"ETH_USDT","last":"1"}]""", "tickers: no entry for BTC_USDT")]
    [InlineData("book", """{"asks":[["1"]],"bids":[]}""", "order_book.asks[0]: expected [price, amount]")]
    [InlineData("book", """{"asks":[]}""", "order_book.bids is missing")]
    [InlineData("balances", """[{"currency":"BTC","available":null,"locked":"0"}]""", "account.available is missing")]
    [InlineData("price order", """{"id":1,"market":"BTC_USDT","trigger":{"price":"1","rule":"<","expiration":60},"put":{"side":"sell","price":"1","amount":"1"}}""", "price_order.trigger.rule: '<' is not <= or >=")]
    [InlineData("price order", """{"id":1,"market":"BTC_USDT","trigger":{"price":"1","rule":"<=","expiration":"-5"},"put":{"side":"sell","price":"1","amount":"1"}}""", "price_order.trigger.expiration: -5 is not whole seconds")]
    [InlineData("price order", """{"id":1,"market":"BTC_USDT","status":"gone","trigger":{"price":"1","rule":"<=","expiration":60},"put":{"side":"sell","price":"1","amount":"1"}}""", "price_order.status: 'gone' is not a price-order status")]
    [InlineData("time", """{"server_time":"soon"}""", "time.server_time: \"soon\" is not a number")]
    [InlineData("time", """{"server_time":-1}""", "time.server_time: -1 is not a time")]
    [InlineData("markets", """[{"id":"BTC_USDT","precision":1,"trade_status":"tradable"}]""", "no currency pair could be read; first problem: currency_pair.amount_precision is missing")]
    public void A_malformed_answer_is_an_error_naming_the_field(string parser, string json, string problem)
    {
        using var document = JsonDocument.Parse(json);

        var result = GateFields.Parse(document.RootElement, Parsers[parser], parser);

        Assert.Equal(ErrorCode.MalformedResponse, result.Error?.Code);
        Assert.Equal($"Gate.io {parser} answer is not the documented shape: {problem}", result.Error!.Message);
    }

    [Fact]
    public void One_unreadable_pair_is_set_aside_and_the_others_load()
    {
        using var document = JsonDocument.Parse("""
            [{"id":"BTC_USDT","precision":1,"amount_precision":6,"min_base_amount":"0.00001","min_quote_amount":"3","trade_status":"tradable"},
             {"id":"ODD_USDT","precision":"x","amount_precision":2,"trade_status":"tradable"},
             {"id":"NEW_USDT","precision":2,"amount_precision":2,"trade_status":"pre-listing"}]
            """);

        var list = GateMarketParser.ParseList(document.RootElement);

        Assert.Equal(["BTC/USDT", "NEW/USDT"], list.Markets.Keys.Select(s => s.ToString()).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(GateTradeStatus.Untradable, list.Markets[Symbol.Parse("NEW/USDT")].TradeStatus);
        Assert.Equal("currency_pair.precision: \"x\" is not an integer", list.Unreadable["ODD_USDT"]);
    }

    [Theory]
    [InlineData("""{"status":"canceled","create_time_ms":"1706382263841","update_time":1706382264}""", GateOrderStatus.Cancelled, 1706382263841L, 1706382264000L)]
    [InlineData("""{"status":"cancelled","create_time":"1706382263.5"}""", GateOrderStatus.Cancelled, 1706382263500L, null)]
    [InlineData("""{"status":"closed","create_time_ms":1706382263841.9}""", GateOrderStatus.Closed, 1706382263841L, null)]
    public void Status_spellings_and_time_forms_Gate_mixes_all_read(string fields, GateOrderStatus status, long createdMs, long? updatedMs)
    {
        var json = Order[..^1].Replace("\"status\":\"open\",", "", StringComparison.Ordinal) + "," + fields[1..];
        using var document = JsonDocument.Parse(json);

        var order = GateOrderParser.Parse(document.RootElement);

        Assert.Equal(status, order.Status);
        Assert.Equal(createdMs, order.CreatedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(updatedMs, order.UpdatedAt?.ToUnixTimeMilliseconds());
    }
}
