using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Makes an order sendable or refuses it locally, before anything leaves the process. Amounts are rounded down to the
/// market's amount precision (never more than asked), a market buy's cost down to the price precision, prices to the
/// nearest tick (as ccxt's priceToPrecision). Below Gate's minimum base or quote, above its maximum, or on a market not
/// open for that side, the order is refused with the reason — Gate would refuse it anyway, after a round trip.
/// </summary>
internal static class GateOrderGuard
{
    public static Result<decimal> MarketBuy(GateMarket market, decimal quoteAmount)
    {
        if (Closed(market, OrderSide.Buy) is { } closed)
        {
            return closed;
        }

        var quantized = market.ToInstrumentRules().QuantizeBuyQuote(quoteAmount);
        return quantized.IsSuccess && market.MaxQuoteAmount is { } max && quantized.Value > max
            ? AboveMaximum(market, $"{quantized.Value} {market.Symbol.Quote}", $"{max} {market.Symbol.Quote}")
            : quantized;
    }

    /// <summary>A market sell; the minimum notional is checked only when a <paramref name="referencePrice"/> is known.</summary>
    public static Result<decimal> MarketSell(GateMarket market, decimal baseAmount, decimal? referencePrice)
    {
        if (Closed(market, OrderSide.Sell) is { } closed)
        {
            return closed;
        }

        var quantized = market.ToInstrumentRules().QuantizeSellBase(baseAmount, referencePrice ?? 0m);
        return quantized.IsSuccess && market.MaxBaseAmount is { } max && quantized.Value > max
            ? AboveMaximum(market, $"{quantized.Value} {market.Symbol.Base}", $"{max} {market.Symbol.Base}")
            : quantized;
    }

    /// <summary>A base amount at a price (limit orders, the order a price trigger places): both quantized and checked.</summary>
    public static Result<(decimal Amount, decimal Price)> AtPrice(GateMarket market, OrderSide side, decimal amount, decimal price)
    {
        if (Closed(market, side) is { } closed)
        {
            return closed;
        }

        var rules = market.ToInstrumentRules();
        var (what, symbol) = (side == OrderSide.Buy ? "Buy" : "Sell", market.Symbol);
        if (amount <= 0m || price <= 0m)
        {
            return new Error(ErrorCode.Validation, $"{what} on {symbol} needs a positive amount and price; got {amount} at {price}.");
        }

        var (quantity, tick) = (rules.FloorAmount(amount), rules.RoundPrice(price));
        if (tick <= 0m)
        {
            return new Error(ErrorCode.InvalidPrecision, $"{what} price {price} on {symbol} rounds to 0 at {market.PricePrecision} decimals.");
        }

        if (quantity <= 0m || quantity < market.MinBaseAmount)
        {
            return new Error(ErrorCode.BelowMinimum, $"{what} of {amount} {symbol.Base} on {symbol} is below the minimum amount of {market.MinBaseAmount} {symbol.Base}.");
        }

        var notional = quantity * tick;
        if (notional < market.MinQuoteAmount)
        {
            return new Error(ErrorCode.BelowMinimum, $"{what} of {quantity} {symbol.Base} at {tick} on {symbol} is worth {GateNumber.Format(notional)} {symbol.Quote}, below the minimum order of {market.MinQuoteAmount} {symbol.Quote}.");
        }

        return market.MaxBaseAmount is { } maxBase && quantity > maxBase ? AboveMaximum(market, $"{quantity} {symbol.Base}", $"{maxBase} {symbol.Base}")
            : market.MaxQuoteAmount is { } maxQuote && notional > maxQuote ? AboveMaximum(market, $"{GateNumber.Format(notional)} {symbol.Quote}", $"{maxQuote} {symbol.Quote}")
            : (quantity, tick);
    }

    /// <summary>A price-triggered order: trigger and order price to the tick, amount down to precision, minimums checked.</summary>
    public static Result<GatePriceOrderRequest> PriceOrder(GateMarket market, GatePriceOrderRequest order)
    {
        var problem = order switch
        {
            { Type: GateOrderType.Market, Side: OrderSide.Buy } =>
                "market buy price orders are not supported: Gate documents their amount as base in one place and quote in another",
            { TimeInForce: GateTimeInForce.Poc or GateTimeInForce.Fok } => "price orders accept only gtc or ioc",
            { Type: GateOrderType.Market, TimeInForce: not GateTimeInForce.Ioc } => "a market price order must be ioc",
            _ when order.Expiration < TimeSpan.FromSeconds(1) || order.Expiration.TotalSeconds > int.MaxValue || order.Expiration.Ticks % TimeSpan.TicksPerSecond != 0 =>
                $"expiration {order.Expiration} must be a positive whole number of seconds",
            _ when order.TriggerPrice <= 0m => $"trigger price {order.TriggerPrice} must be positive",
            _ => null,
        };
        if (problem is not null)
        {
            return new Error(ErrorCode.Validation, $"Price order on {order.Symbol} refused: {problem}.");
        }

        var trigger = market.ToInstrumentRules().RoundPrice(order.TriggerPrice);
        var put = AtPrice(market, order.Side, order.Amount, order.Price);
        return !put.IsSuccess ? put.Error
            : trigger <= 0m ? new Error(ErrorCode.InvalidPrecision, $"Trigger price {order.TriggerPrice} on {order.Symbol} rounds to 0.")
            : order with { TriggerPrice = trigger, Amount = put.Value.Amount, Price = put.Value.Price };
    }

    private static Error? Closed(GateMarket market, OrderSide side) =>
        (side == OrderSide.Buy ? market.CanBuy : market.CanSell)
            ? null
            : new Error(ErrorCode.Validation, $"{market.Symbol} is not open for {(side == OrderSide.Buy ? "buying" : "selling")} on Gate.io (trade status {market.TradeStatus}).");

    private static Error AboveMaximum(GateMarket market, string amount, string maximum) =>
        new(ErrorCode.Validation, $"Order of {amount} on {market.Symbol} is above the maximum of {maximum}.");
}
