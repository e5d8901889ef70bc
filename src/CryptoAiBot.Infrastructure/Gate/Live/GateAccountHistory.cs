using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// The account's open orders and trade history on Gate, as reconciliation reads them. <c>/spot/my_trades</c> answers at
/// most 1000 trades per request, newest first, over a range of at most 30 days (and refuses deep pages), so the history
/// is read window by window and, inside a window, by moving its end down to the oldest trade seen; the overlap that
/// leaves is removed by trade id. Trade ids are those <see cref="GateFills"/> gives the fills of an order: a trade whose
/// fee was charged in a second currency is split the same way.
/// </summary>
internal sealed class GateAccountHistory(GateExchange exchange, TimeProvider time)
{
    private const int PageSize = 1000;
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(30);
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(1);

    public async Task<Result<IReadOnlyList<ExchangeOpenOrder>>> OpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var open = await exchange.FetchOpenOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        return open.Value.Select(o => new ExchangeOpenOrder(
                o.Id, ClientText(o.Text), o.Symbol, o.Side, o.Amount, o.Left, o.AmountIsQuote ? o.Symbol.Quote : o.Symbol.Base,
                o.CreatedAt ?? o.UpdatedAt ?? DateTimeOffset.UnixEpoch))
            .ToList();
    }

    public async Task<Result<IReadOnlyList<ExchangeTrade>>> TradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // A little past our now: Gate's clock may run ahead of ours, and a trade it stamped "now" must not fall outside.
        var end = time.GetUtcNow() + ClockSlack;
        var seen = new Dictionary<string, GateTrade>(StringComparer.Ordinal);
        for (var from = since; from < end; from += MaxWindow)
        {
            var windowEnd = from + MaxWindow < end ? from + MaxWindow : end;
            var read = await WindowAsync(symbol, from, windowEnd, seen, cancellationToken).ConfigureAwait(false);
            if (read is { } error)
            {
                return error;
            }
        }

        return seen.Values
            .Where(t => t.Time >= since)
            .OrderBy(t => t.Time).ThenBy(t => t.Id, StringComparer.Ordinal)
            .SelectMany(ToExchangeTrades)
            .ToList();
    }

    /// <summary>Our client order id when the text carries one, else Gate's source tag as sent.</summary>
    private static string ClientText(string? text) =>
        GateClientOrderText.TryParse(text, out var id) ? id.Value.Value : text ?? "";

    private async Task<Error?> WindowAsync(
        Symbol symbol, DateTimeOffset from, DateTimeOffset to, Dictionary<string, GateTrade> seen, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await exchange.FetchMyTradesAsync(symbol, new GateTradeQuery(From: from, To: to, Limit: PageSize), cancellationToken)
                .ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            foreach (var trade in page.Value)
            {
                seen.TryAdd(trade.Id, trade);
            }

            if (page.Value.Count < PageSize)
            {
                return null;
            }

            // The range is in whole seconds: end one second past the oldest trade so none of its second is skipped.
            var nextTo = DateTimeOffset.FromUnixTimeSeconds(page.Value.Min(t => t.Time).ToUnixTimeSeconds() + 1);
            if (nextTo >= to)
            {
                return new Error(ErrorCode.ExchangeUnavailable, $"More than {PageSize} trades on {symbol} in one second at {to:O}: the history cannot be paged further.");
            }

            to = nextTo;
        }
    }

    private static IEnumerable<ExchangeTrade> ToExchangeTrades(GateTrade trade)
    {
        var text = ClientText(trade.Text);
        var orderId = trade.OrderId ?? "";
        var fees = trade.Fees;
        var (firstCurrency, firstFee) = fees.Count > 0 ? fees[0] : (GateFeeBook.Received(trade.Symbol, trade.Side, trade.FeeCurrency), 0m);
        yield return new ExchangeTrade(new TradeId(trade.Id), orderId, text, trade.Symbol, trade.Side, trade.Price, trade.Amount, firstFee, firstCurrency, trade.Time);
        foreach (var (currency, fee) in fees.Skip(1))
        {
            yield return new ExchangeTrade(
                new TradeId($"{trade.Id}/{currency}"), orderId, text, trade.Symbol, trade.Side, trade.Price, 0m, fee, currency, trade.Time);
        }
    }
}
