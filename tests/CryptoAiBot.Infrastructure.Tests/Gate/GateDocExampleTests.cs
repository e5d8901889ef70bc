using System.Text.Json;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Every example body of the official documentation (gate_official_doc_examples.json) read by our parsers.</summary>
public sealed class GateDocExampleTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    public static TheoryData<string> Examples =>
    [
        .. GateFixtures.Doc.EnumerateObject()
            .Where(p => !p.Name.StartsWith('_') && !p.Name.EndsWith("_note", StringComparison.Ordinal) && p.Name != "signature_test_vectors")
            .Select(p => p.Name),
    ];

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_documented_example_reads(string example)
    {
        var body = GateFixtures.Doc.GetProperty(example);
        switch (example)
        {
            case "error_body_example":
                Assert.Equal(ErrorCode.Validation, GateErrorMapper.Code(400, body.GetProperty("label").GetString()));
                break;
            case "POST /spot/orders":
                var ack = GateOrderParser.ParseAck(body.GetProperty("response_201_ACK"));
                Assert.Equal(("12332324", "t-123456"), ack);
                var result = GateOrderParser.Parse(body.GetProperty("response_201_RESULT"));
                Assert.Equal((GateOrderStatus.Cancelled, GateFinishAs.Stp, 0.5m, 2.50016m), (result.Status, result.FinishAs, result.FilledAmount, result.FilledTotal));
                Assert.Equal(new ClientOrderId("123456"), result.ClientOrderId);
                Assert.False(result.FilledAmountIsEstimate);
                var full = GateOrderParser.Parse(body.GetProperty("response_201_FULL"));
                Assert.Equal((GateOrderStatus.Closed, 0.001m, 63.4693m, 63469.3m), (full.Status, full.FilledAmount, full.FilledTotal, full.AvgDealPrice));
                Assert.Equal(new Dictionary<string, decimal> { ["BTC"] = 0.00000022m }, full.Fees);
                Assert.Equal(1710488334073, full.CreatedAt!.Value.ToUnixTimeMilliseconds());
                break;
            case "GET /spot/candlesticks_200":
                var candle = Assert.Single(GateCandleParser.ParseList(body));
                Assert.Equal((1539852480L, 0.0021737m, 0.0021922m, 0.0021724m, 0.0021724m, 971519.677m, true),
                    (candle.OpenTime.ToUnixTimeSeconds(), candle.Open, candle.High, candle.Low, candle.Close, candle.QuoteVolume, candle.IsClosed!.Value));
                Assert.Null(candle.BaseVolume);
                Assert.Null(candle.ToCandle());
                break;
            case "GET /spot/currency_pairs_200":
                var market = Assert.Single(GateMarketParser.ParseList(body).Markets.Values);
                Assert.Equal(new GateMarket(Symbol.Parse("ETH/USDT"), 6, 3, 0.001m, 1.0m, 10000m, 10000000m, GateTradeStatus.Tradable, 0.2m), market);
                Assert.Equal(new InstrumentRules(Symbol.Parse("ETH/USDT"), 6, 3, 0.001m, 1.0m), market.ToInstrumentRules());
                break;
            case "GET /spot/accounts_200":
                Assert.Equal([new("ETH", 968.8m, 0m)], GateBalanceParser.ParseList(body));
                break;
            case "GET /spot/tickers_200":
                var ticker = Assert.Single(GateTickerParser.ParseList(body, Now));
                Assert.Equal((Symbol.Parse("BTC3L/USDT"), 2.46140352m, 2.4606821m, 2.477m), (ticker.Symbol, ticker.Last, ticker.Bid, ticker.Ask));
                break;
            case "GET /spot/order_book_200":
                var book = GateOrderBookParser.Parse(body, Symbol.Parse("BTC/USDT"));
                Assert.Equal(123456, book.Id);
                Assert.Equal(1623898993123, book.Current!.Value.ToUnixTimeMilliseconds());
                Assert.Equal([new(1.52m, 1.151m), new(1.53m, 1.218m)], book.Asks);
                Assert.Equal([new(1.17m, 201.863m), new(1.16m, 725.464m)], book.Bids);
                break;
            case "GET /spot/my_trades_200":
                // This example has no currency_pair: the pair asked for stands in, and without one the field is named as missing.
                var error = GateFields.Parse(body, root => GateTradeParser.ParseList(root, null), "my trades");
                Assert.Equal("Gate.io my trades answer is not the documented shape: trade.currency_pair is missing", error.Error!.Message);
                var trade = Assert.Single(GateTradeParser.ParseList(body, Symbol.Parse("ETH/BTC")));
                Assert.Equal((GateTradeRole.Maker, 0.15m, 0.03m, 0.0005m, "ETH", "4128442423"), (trade.Role, trade.Amount, trade.Price, trade.Fee, trade.FeeCurrency, trade.OrderId));
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1548000000123).AddTicks(4560), trade.Time);
                break;
            case "GET /spot/orders_200":
                var order = Assert.Single(GateOrderParser.ParseList(body));
                Assert.Equal(("1852454420", OrderSide.Buy, GateOrderType.Limit, GateTimeInForce.Gtc, "unified"), (order.Id, order.Side, order.Type, order.TimeInForce, order.Account));
                break;
            case "POST /spot/price_orders":
                Assert.Equal("1432329", GatePriceOrderParser.ParseCreated(body.GetProperty("response_201")));
                break;
            case "GET /spot/price_orders_200 (and GET /spot/price_orders/{id} returns one such object)":
                var priceOrder = Assert.Single(GatePriceOrderParser.ParseList(body));
                Assert.Equal(("1283293", GateTriggerRule.AtOrAbove, TimeSpan.FromHours(1), GatePriceOrderStatus.Unknown, null, "normal"),
                    (priceOrder.Id, priceOrder.Rule, priceOrder.Expiration, priceOrder.Status, priceOrder.FiredOrderId, priceOrder.Account));
                Assert.Equal(1616397801, priceOrder.FinishedAt!.Value.ToUnixTimeSeconds());
                break;
            case "GET /spot/time_200":
                Assert.Equal(1731447921098, GateServerClock.ParseServerTime(body).ToUnixTimeMilliseconds());
                break;
            default:
                Assert.Fail($"no check written for {example}");
                break;
        }
    }
}
