using System.Text.Json;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Infrastructure.Gate;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>
/// Every recorded spot response of ccxt's fixture file (gate_response_fixtures.json) read by our parsers, compared with
/// the values ccxt parsed from it. ccxt's numbers are doubles: ours are compared to them within a relative 1e-12.
/// </summary>
public sealed class GateResponseFixtureTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    public static TheoryData<string> Fixtures => [.. GateFixtures.Keys(requests: false)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_recorded_response_reads_as_ccxt_read_it(string fixture)
    {
        var recorded = GateFixtures.Response(fixture);
        var raw = recorded.GetProperty("httpResponse");
        var parsed = recorded.GetProperty("parsedResponse");
        switch (fixture[..fixture.IndexOf(':', StringComparison.Ordinal)])
        {
            case "fetchMyTrades#0" or "fetchTrades#0":
                foreach (var expected in parsed.EnumerateArray())
                {
                    var trade = GateTradeParser.ParseList(raw, Symbol.Parse(expected.GetProperty("symbol").GetString()!)).Single(t => t.Id == expected.GetProperty("id").GetString());
                    AssertTrade(expected, trade);
                }

                break;
            case "fetchClosedOrders#0" or "fetchOpenOrders#0":
                var orders = fixture.StartsWith("fetchOpen", StringComparison.Ordinal)
                    ? GateOrderParser.ParseOpenOrders(raw, Symbol.Parse("BTC/USDT"))
                    : GateOrderParser.ParseList(raw);
                AssertOrder(parsed[0], Assert.Single(orders));
                break;
            case "fetchClosedOrders#1" or "fetchOpenOrders#1":
                AssertPriceOrder(parsed[0], Assert.Single(GatePriceOrderParser.ParseList(raw)));
                break;
            case "fetchTicker#0":
                var ticker = GateTickerParser.ParseOne(raw, Symbol.Parse("BTC/USDT"), Now);
                Near(parsed, "bid", ticker.Bid);
                Near(parsed, "ask", ticker.Ask);
                Near(parsed, "last", ticker.Last);
                Near(parsed, "high", ticker.High24h);
                Near(parsed, "low", ticker.Low24h);
                Near(parsed, "open", ticker.Open);
                Near(parsed, "percentage", ticker.ChangePercentage);
                Near(parsed, "baseVolume", ticker.BaseVolume);
                Near(parsed, "quoteVolume", ticker.QuoteVolume);
                Assert.Equal(Now, ticker.ToTicker().Time);
                break;
            case "fetchOHLCV#0":
                var candle = Assert.Single(GateCandleParser.ParseList(raw));
                var row = parsed[0];
                Assert.Equal(row[0].GetInt64(), candle.OpenTime.ToUnixTimeMilliseconds());
                Assert.Equal([row[1].GetDecimal(), row[2].GetDecimal(), row[3].GetDecimal(), row[4].GetDecimal(), row[5].GetDecimal()],
                    [candle.Open, candle.High, candle.Low, candle.Close, candle.BaseVolume!.Value]);
                Assert.False(candle.IsClosed);
                break;
            case "fetchTime#0":
                Assert.Equal(parsed.GetInt64(), GateServerClock.ParseServerTime(raw).ToUnixTimeMilliseconds());
                break;
            default:
                Assert.Fail($"no check written for {fixture}");
                break;
        }
    }

    private static void AssertTrade(JsonElement expected, GateTrade trade)
    {
        Assert.Equal(expected.GetProperty("timestamp").GetInt64(), trade.Time.ToUnixTimeMilliseconds());
        Assert.Equal(expected.GetProperty("symbol").GetString(), trade.Symbol.ToString());
        Assert.Equal(expected.GetProperty("order").GetString(), trade.OrderId);
        Assert.Equal(expected.GetProperty("side").GetString(), trade.Side == OrderSide.Buy ? "buy" : "sell");
        Assert.Equal(expected.GetProperty("takerOrMaker").GetString(), trade.Role?.ToString().ToLowerInvariant());
        Near(expected, "price", trade.Price);
        Near(expected, "amount", trade.Amount);
        Near(expected, "cost", trade.Cost);
        if (expected.GetProperty("fee").GetProperty("currency").GetString() is { } currency)
        {
            Assert.Equal(currency, trade.FeeCurrency);
            Near(expected.GetProperty("fee"), "cost", trade.Fee);
        }
    }

    private static void AssertOrder(JsonElement expected, GateOrder order)
    {
        Assert.Equal(expected.GetProperty("id").GetString(), order.Id);
        Assert.Equal(expected.GetProperty("clientOrderId").GetString(), order.Text);
        Assert.Null(order.ClientOrderId);
        Assert.Equal(expected.GetProperty("timestamp").GetInt64(), order.CreatedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(expected.GetProperty("lastTradeTimestamp").GetInt64(), order.UpdatedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(expected.GetProperty("status").GetString(), order.Status == GateOrderStatus.Open ? "open" : "closed");
        Assert.Equal(expected.GetProperty("type").GetString(), order.Type.ToString().ToLowerInvariant());
        Assert.Equal(expected.GetProperty("side").GetString(), order.Side.ToString().ToLowerInvariant());
        Near(expected, "filled", order.FilledAmount);
        Assert.Equal(order.AmountIsQuote && order.HasFills, order.FilledAmountIsEstimate);
        Near(expected, "average", order.AvgDealPrice);

        // ccxt states a market buy in base (amount / average); Gate's own amount and left are quote.
        var toBase = order.AmountIsQuote ? order.AvgDealPrice!.Value : 1m;
        Near(expected, "amount", order.Amount / toBase);
        Near(expected, "remaining", order.Left / toBase);
        var fees = expected.GetProperty("fees").EnumerateArray()
            .Where(f => f.GetProperty("cost").GetDecimal() != 0m)
            .ToDictionary(f => f.GetProperty("currency").GetString()!, f => f.GetProperty("cost").GetDecimal());
        Assert.Equal(fees, order.Fees);
    }

    private static void AssertPriceOrder(JsonElement expected, GatePriceOrder order)
    {
        Assert.Equal(expected.GetProperty("id").GetString(), order.Id);
        Assert.Equal(expected.GetProperty("timestamp").GetInt64(), order.CreatedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(expected.GetProperty("status").GetString(), order.Status == GatePriceOrderStatus.Open ? "open" : "canceled");
        Assert.Equal(expected.GetProperty("type").GetString(), order.Type.ToString().ToLowerInvariant());
        Assert.Equal(expected.GetProperty("side").GetString(), order.Side.ToString().ToLowerInvariant());
        Assert.Equal(GateTriggerRule.AtOrBelow, order.Rule);
        Assert.Equal(TimeSpan.FromDays(1), order.Expiration);
        Assert.Null(order.FiredOrderId);
        Near(expected, "price", order.Price);
        Near(expected, "triggerPrice", order.TriggerPrice);
        Near(expected, "amount", order.Amount);
    }

    private static void Near(JsonElement expected, string name, decimal? actual)
    {
        var want = expected.GetProperty(name);
        if (want.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        var (w, a) = (want.GetDouble(), (double)actual.Value);
        Assert.True(Math.Abs(w - a) <= Math.Abs(w) * 1e-12, $"{name}: ccxt {w}, ours {actual}");
    }
}
