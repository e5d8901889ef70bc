using System.Globalization;
using System.Text.RegularExpressions;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// Gate's checks on <c>POST /spot/orders</c>, in Gate's labels: pair, side, type, account, time in force
/// (market orders only ioc/fok), <c>text</c> (<c>t-</c> + at most 28 of <c>0-9A-Za-z_-.</c>), precision
/// (price: <c>precision</c>; base amounts: <c>amount_precision</c>; a market buy's quote amount: <c>precision</c>,
/// as ccxt's costToPrecision), minimums and maximums. Balances are checked when the order is placed.
/// </summary>
internal static partial class OrderValidator
{
    public static GateResult<ValidOrder> Validate(OrderRequest request, IReadOnlyDictionary<string, PairMarket> markets)
    {
        if (string.IsNullOrEmpty(request.CurrencyPair))
        {
            return GateError.MissingParam("currency_pair");
        }

        if (!markets.TryGetValue(request.CurrencyPair, out var market))
        {
            return GateError.InvalidPair(request.CurrencyPair);
        }

        var pair = market.Rules;
        var type = request.Type ?? "limit";
        var side = request.Side;
        var account = request.Account ?? "spot";
        var timeInForce = request.TimeInForce ?? (type == "market" ? "ioc" : "gtc");
        var text = request.Text ?? "apiv4";
        if (side is not ("buy" or "sell"))
        {
            return side is null ? GateError.MissingParam("side") : GateError.InvalidParam("side", side);
        }

        if (type is not ("limit" or "market"))
        {
            return GateError.InvalidParam("type", type);
        }

        if (account is not ("spot" or "unified"))
        {
            return GateError.InvalidParam("account", account);
        }

        var allowed = type == "market" ? ["ioc", "fok"] : new[] { "gtc", "ioc", "poc", "fok" };
        if (!allowed.Contains(timeInForce))
        {
            return GateError.InvalidParam("time_in_force", timeInForce);
        }

        if (request.Text is not null && !ClientText().IsMatch(request.Text))
        {
            return GateError.InvalidParam("text", request.Text);
        }

        var marketBuy = type == "market" && side == "buy";
        var amount = ParsePositive("amount", request.Amount, marketBuy ? pair.Precision : pair.AmountPrecision);
        if (amount.Error is { } amountError)
        {
            return amountError;
        }

        var price = type == "market" ? 0m : ParsePositive("price", request.Price, pair.Precision);
        if (price.Error is { } priceError)
        {
            return priceError;
        }

        var order = new ValidOrder(pair.Id, type, side, amount.Value, price.Value, timeInForce, account, text);
        return LimitsError(order, pair, market.Last) is { } limitsError ? limitsError : order;
    }

    public static GateResult<decimal> ParsePositive(string name, string? raw, int places)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return GateError.MissingParam(name);
        }

        if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return GateError.InvalidParam(name, raw);
        }

        if (Precision.Places(value) > places)
        {
            return new GateError(400, "INVALID_PRECISION", $"Invalid {name} precision: {raw} has more than {places} decimal places");
        }

        return Precision.Normalize(value);
    }

    private static GateError? LimitsError(ValidOrder order, SimPairOptions pair, decimal last)
    {
        // A market buy spends quote; anything else trades a base amount worth amount × price (market: × last).
        var (baseAmount, quoteAmount) = order.Type == "market" && order.Side == "buy"
            ? (order.Amount / last, order.Amount)
            : (order.Amount, order.Amount * (order.Type == "market" ? last : order.Price));
        if (order.Type != "market" || order.Side != "buy")
        {
            if (baseAmount < pair.MinBaseAmount)
            {
                return TooLittle(order.Amount, pair.MinBaseAmount, pair.Base);
            }

            if (pair.MaxBaseAmount is { } maxBase && baseAmount > maxBase)
            {
                return TooMuch(order.Amount, maxBase, pair.Base);
            }
        }

        if (quoteAmount < pair.MinQuoteAmount)
        {
            return TooLittle(quoteAmount, pair.MinQuoteAmount, pair.Quote);
        }

        return pair.MaxQuoteAmount is { } maxQuote && quoteAmount > maxQuote ? TooMuch(quoteAmount, maxQuote, pair.Quote) : null;
    }

    private static GateError TooLittle(decimal size, decimal minimum, string currency) =>
        new(400, "AMOUNT_TOO_LITTLE", $"Your order size {Precision.Normalize(size)} is too small. The minimum is {minimum} {currency}");

    private static GateError TooMuch(decimal size, decimal maximum, string currency) =>
        new(400, "AMOUNT_TOO_MUCH", $"Your order size {Precision.Normalize(size)} is too large. The maximum is {maximum} {currency}");

    [GeneratedRegex(@"^t-[0-9A-Za-z_.-]{1,28}\z")]
    private static partial Regex ClientText();
}
