using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Gate;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Quantization to the market's precision and local refusals below its minimums, before anything is sent.</summary>
public sealed class GateOrderGuardTests
{
    private static readonly GateMarket Btc = new(Symbol.Parse("BTC/USDT"), 1, 6, 0.00001m, 3m, 100m, 5_000_000m, GateTradeStatus.Tradable, 0.2m);
    private static readonly GateMarket Sellable = Btc with { TradeStatus = GateTradeStatus.Sellable };

    [Theory]
    [InlineData("5.59", "5.5")]
    [InlineData("3", "3")]
    [InlineData("1000.99", "1000.9")]
    public void A_market_buy_cost_is_rounded_down_to_the_price_precision(string quote, string sent)
    {
        Assert.Equal(decimal.Parse(sent), GateOrderGuard.MarketBuy(Btc, decimal.Parse(quote)).Value);
    }

    [Theory]
    [InlineData("2.99", ErrorCode.BelowMinimum, "below the minimum order of 3 USDT")]
    [InlineData("3.05", null, null)]
    [InlineData("0", ErrorCode.Validation, "must be positive")]
    [InlineData("6000000", ErrorCode.Validation, "above the maximum of 5000000 USDT")]
    public void A_market_buy_below_the_minimum_or_above_the_maximum_is_refused(string quote, ErrorCode? code, string? why)
    {
        var result = GateOrderGuard.MarketBuy(Btc, decimal.Parse(quote));

        Assert.Equal(code, result.Error?.Code);
        if (why is not null)
        {
            Assert.Contains(why, result.Error!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_market_sell_is_rounded_down_and_its_notional_checked_only_with_a_reference_price()
    {
        Assert.Equal(0.000123m, GateOrderGuard.MarketSell(Btc, 0.0001239m, null).Value);
        Assert.Equal(ErrorCode.BelowMinimum, GateOrderGuard.MarketSell(Btc, 0.000009m, null).Error?.Code);
        Assert.Equal(ErrorCode.BelowMinimum, GateOrderGuard.MarketSell(Btc, 0.00004m, 60000m).Error?.Code);
        Assert.Equal(0.0001m, GateOrderGuard.MarketSell(Btc, 0.0001m, 60000m).Value);
    }

    [Fact]
    public void A_limit_order_gets_its_amount_floored_and_price_rounded_to_the_tick()
    {
        var sized = GateOrderGuard.AtPrice(Btc, OrderSide.Buy, 0.00012349m, 60000.06m);

        Assert.Equal((0.000123m, 60000.1m), sized.Value);
    }

    [Theory]
    [InlineData("0.000009", "60000", ErrorCode.BelowMinimum, "below the minimum amount of 0.00001 BTC")]
    [InlineData("0.00004", "60000", ErrorCode.BelowMinimum, "worth 2.4 USDT, below the minimum order of 3 USDT")]
    [InlineData("0.001", "0.04", ErrorCode.InvalidPrecision, "rounds to 0")]
    [InlineData("101", "1", ErrorCode.Validation, "above the maximum of 100 BTC")]
    [InlineData("-1", "60000", ErrorCode.Validation, "needs a positive amount and price")]
    public void A_limit_order_the_exchange_would_refuse_is_refused_locally(string amount, string price, ErrorCode code, string why)
    {
        var result = GateOrderGuard.AtPrice(Btc, OrderSide.Buy, decimal.Parse(amount), decimal.Parse(price));

        Assert.Equal(code, result.Error?.Code);
        Assert.Contains(why, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_market_open_only_for_selling_refuses_buys_and_takes_sells()
    {
        Assert.Contains("not open for buying", GateOrderGuard.MarketBuy(Sellable, 10m).Error!.Message, StringComparison.Ordinal);
        Assert.True(GateOrderGuard.MarketSell(Sellable, 0.001m, null).IsSuccess);
    }

    [Theory]
    [InlineData(GateOrderType.Limit, OrderSide.Sell, GateTimeInForce.Gtc, 3600, null)]
    [InlineData(GateOrderType.Market, OrderSide.Sell, GateTimeInForce.Ioc, 3600, null)]
    [InlineData(GateOrderType.Market, OrderSide.Sell, GateTimeInForce.Gtc, 3600, "a market price order must be ioc")]
    [InlineData(GateOrderType.Market, OrderSide.Buy, GateTimeInForce.Ioc, 3600, "market buy price orders are not supported")]
    [InlineData(GateOrderType.Limit, OrderSide.Sell, GateTimeInForce.Poc, 3600, "price orders accept only gtc or ioc")]
    [InlineData(GateOrderType.Limit, OrderSide.Sell, GateTimeInForce.Gtc, 0, "must be a positive whole number of seconds")]
    public void A_price_order_is_checked_and_quantized(GateOrderType type, OrderSide side, GateTimeInForce tif, int seconds, string? refusal)
    {
        var request = new GatePriceOrderRequest(Btc.Symbol, 58000.04m, GateTriggerRule.AtOrBelow, TimeSpan.FromSeconds(seconds), type, side, 57900.06m, 0.0012345m, tif);

        var result = GateOrderGuard.PriceOrder(Btc, request);

        if (refusal is null)
        {
            Assert.Equal(request with { TriggerPrice = 58000.0m, Price = 57900.1m, Amount = 0.001234m }, result.Value);
        }
        else
        {
            Assert.Equal(ErrorCode.Validation, result.Error?.Code);
            Assert.Contains(refusal, result.Error!.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("abc-123_x.y", true)]
    [InlineData("t-already", true)]
    [InlineData("1234567890123456789012345678", true)]
    public void A_client_order_id_becomes_text_with_the_t_prefix_and_reads_back(string id, bool valid)
    {
        var text = GateClientOrderText.From(new ClientOrderId(id));

        Assert.Equal(valid, text.IsSuccess);
        Assert.Equal("t-" + id, text.Value);
        Assert.True(GateClientOrderText.TryParse(text.Value, out var back));
        Assert.Equal(id, back!.Value.Value);
    }

    [Fact]
    public void An_empty_client_order_id_is_refused_and_source_tags_are_not_client_ids()
    {
        Assert.Equal(ErrorCode.Validation, GateClientOrderText.From(default).Error?.Code);
        Assert.False(GateClientOrderText.TryParse("apiv4", out _));
        Assert.False(GateClientOrderText.TryParse("t-", out _));
        Assert.False(GateClientOrderText.TryParse("t-" + new string('a', 29), out _));
        Assert.False(GateClientOrderText.TryParse("t-bad id", out _));
    }
}
