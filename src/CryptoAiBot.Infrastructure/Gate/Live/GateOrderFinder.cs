using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// Finds one of our orders on Gate by its client order id, as an intent whose send went unanswered is resolved:
/// first by <c>text</c> (Gate keeps that lookup while the order rests and for about an hour after it finishes), then
/// among the open orders, the orders finished in the last day and the trades of the last week, each matched on
/// <c>text</c>. <see cref="ErrorCode.NotFound"/> only when none of them knows it: the order never arrived, or it was
/// cancelled without a fill (Gate does not keep those), which comes to the same for our books.
/// </summary>
internal sealed class GateOrderFinder(GateExchange exchange, TimeProvider time)
{
    private static readonly TimeSpan FinishedWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan TradeWindow = TimeSpan.FromDays(7);

    private static bool Ours(string? text, ClientOrderId clientOrderId) =>
        GateClientOrderText.TryParse(text, out var id) && id == clientOrderId;

    public async Task<Result<GateOrder>> FindAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        var byText = await exchange.FetchOrderAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false);
        if (byText.IsSuccess || byText.Error!.Code != ErrorCode.NotFound)
        {
            return byText;
        }

        var open = await exchange.FetchOpenOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        if (open.Value.FirstOrDefault(o => o.ClientOrderId == clientOrderId) is { } resting)
        {
            return resting;
        }

        var now = time.GetUtcNow();
        var finished = await exchange.FetchClosedOrdersAsync(symbol, now - FinishedWindow, now, cancellationToken).ConfigureAwait(false);
        if (!finished.IsSuccess)
        {
            return finished.Error!;
        }

        if (finished.Value.FirstOrDefault(o => o.ClientOrderId == clientOrderId) is { } done)
        {
            return done;
        }

        var trades = await exchange.FetchMyTradesAsync(symbol, new GateTradeQuery(From: now - TradeWindow, To: now, Limit: 1000), cancellationToken)
            .ConfigureAwait(false);
        if (!trades.IsSuccess)
        {
            return trades.Error!;
        }

        return trades.Value.FirstOrDefault(t => Ours(t.Text, clientOrderId) && t.OrderId is not null) is { OrderId: { } orderId }
            ? await exchange.FetchOrderAsync(symbol, orderId, cancellationToken).ConfigureAwait(false)
            : new Error(ErrorCode.NotFound, $"Gate.io knows no order {clientOrderId.Value} on {symbol}: not by text, among open orders, orders finished in the last day, or trades of the last week.");
    }
}
