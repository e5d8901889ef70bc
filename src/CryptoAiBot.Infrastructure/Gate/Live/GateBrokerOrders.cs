using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// A Gate order as our <see cref="BrokerOrder"/>: the fills are the order's trades from <c>/spot/my_trades</c>, one
/// fill per trade with its fee where Gate charged it (never derived from the order's status). Until the trades account
/// for everything the order says it executed — Gate can list them a moment late — a finished order is reported as
/// still open, so settlement reads it again instead of booking a partial picture as final.
/// </summary>
internal sealed class GateBrokerOrders(GateExchange exchange)
{
    public async Task<Result<BrokerOrder>> ReportAsync(GateOrder order, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        IReadOnlyList<GateTrade> trades = [];
        if (order.HasFills)
        {
            var read = await exchange.FetchMyTradesAsync(order.Symbol, new GateTradeQuery(OrderId: order.Id, Limit: 1000), cancellationToken)
                .ConfigureAwait(false);
            if (!read.IsSuccess)
            {
                return read.Error!;
            }

            trades = read.Value;
        }

        var complete = !order.HasFills || GateFills.CoverOrder(order, trades);
        var state = !complete ? BrokerOrderState.Open : State(order);
        var fills = GateFills.FromTrades(trades.Where(t => t.OrderId == order.Id), clientOrderId);
        return new BrokerOrder(clientOrderId, order.Id, order.Symbol, order.Side, state, fills, order.UpdatedAt ?? order.CreatedAt ?? DateTimeOffset.UnixEpoch);
    }

    /// <summary>Final once Gate has finished the order; whether anything filled is the fills' business, not the status'.</summary>
    private static BrokerOrderState State(GateOrder order) => order.Status switch
    {
        GateOrderStatus.Open => BrokerOrderState.Open,
        GateOrderStatus.Closed => BrokerOrderState.Filled,
        _ => BrokerOrderState.Canceled,
    };
}
