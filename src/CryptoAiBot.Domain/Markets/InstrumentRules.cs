using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Domain.Markets;

/// <summary>
/// A market's precision and minimums, as the exchange publishes them. This is the one place where an
/// amount becomes sendable: every order size passes through <see cref="QuantizeBuyQuote"/> or
/// <see cref="QuantizeSellBase"/>, which round toward zero (never spend or sell more than asked) and
/// refuse what the exchange would reject.
/// </summary>
/// <param name="Symbol">The market.</param>
/// <param name="PricePrecision">Decimal places of a price (and of a quote amount).</param>
/// <param name="AmountPrecision">Decimal places of a base amount.</param>
/// <param name="MinBaseAmount">Smallest base amount accepted; 0 when none.</param>
/// <param name="MinQuoteAmount">Smallest notional in quote accepted; 0 when none.</param>
public sealed record InstrumentRules(
    Symbol Symbol,
    int PricePrecision,
    int AmountPrecision,
    decimal MinBaseAmount,
    decimal MinQuoteAmount)
{
    /// <summary>Gate.io-like rules for a USDT pair, used by the paper broker and the simulator.</summary>
    public static InstrumentRules DefaultFor(Symbol symbol) => new(symbol, 2, 6, 0.000001m, 3m);

    public decimal FloorAmount(decimal amount) => Floor(amount, AmountPrecision);

    /// <summary>The smallest base amount that can ever be sold: one amount step, or the minimum order if larger.</summary>
    public decimal SmallestSellable => Math.Max(1m / Pow10(AmountPrecision), MinBaseAmount);

    public decimal FloorQuote(decimal quote) => Floor(quote, PricePrecision);

    /// <summary>A price cut down to the price precision: a sell trigger never above the level it stands for.</summary>
    public decimal FloorPrice(decimal price) => Floor(price, PricePrecision);

    public decimal RoundPrice(decimal price) => Math.Round(price, PricePrecision, MidpointRounding.ToEven);

    /// <summary>Quote amount for a market buy, rounded down; refused below the minimum notional.</summary>
    public Result<decimal> QuantizeBuyQuote(decimal quoteAmount)
    {
        if (quoteAmount <= 0)
        {
            return new Error(ErrorCode.Validation, $"Buy amount must be positive; got {quoteAmount} {Symbol.Quote}.");
        }

        var quantized = FloorQuote(quoteAmount);
        if (quantized <= 0 || quantized < MinQuoteAmount)
        {
            return new Error(
                ErrorCode.BelowMinimum,
                $"Buy of {quoteAmount} {Symbol.Quote} on {Symbol} is below the minimum order of {MinQuoteAmount} {Symbol.Quote}.");
        }

        return quantized;
    }

    /// <summary>Base amount for a market sell, rounded down; refused below the minimums at <paramref name="price"/>.</summary>
    public Result<decimal> QuantizeSellBase(decimal baseAmount, decimal price)
    {
        if (baseAmount <= 0)
        {
            return new Error(ErrorCode.Validation, $"Sell amount must be positive; got {baseAmount} {Symbol.Base}.");
        }

        var quantized = FloorAmount(baseAmount);
        if (quantized <= 0 || quantized < MinBaseAmount)
        {
            return new Error(
                ErrorCode.BelowMinimum,
                $"Sell of {baseAmount} {Symbol.Base} on {Symbol} is below the minimum amount of {MinBaseAmount} {Symbol.Base}.");
        }

        if (price > 0 && quantized * price < MinQuoteAmount)
        {
            return new Error(
                ErrorCode.BelowMinimum,
                $"Sell of {quantized} {Symbol.Base} on {Symbol} is worth {quantized * price:0.########} {Symbol.Quote}, below the minimum order of {MinQuoteAmount} {Symbol.Quote}.");
        }

        return quantized;
    }

    private static decimal Floor(decimal value, int decimals)
    {
        var factor = Pow10(decimals);
        return decimal.Floor(value * factor) / factor;
    }

    private static decimal Pow10(int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }

        return factor;
    }
}
