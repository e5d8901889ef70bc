using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>
/// Compares the position folded from our fills with the exchange's balance of the base coin and
/// publishes the result. A difference beyond the tolerance (one lot step) is a mismatch to report;
/// correcting it belongs to the full reconciliation, which needs the exchange's trade history.
/// </summary>
public sealed class ReconcilePosition(ITradingStore store, IBroker broker, IEventBus bus, TimeProvider time)
{
    public async Task<Result<PositionReconciliationPayload>> ReconcileAsync(
        Symbol symbol, decimal tolerance, string traceId, CancellationToken cancellationToken)
    {
        var balances = await broker.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            return balances.Error;
        }

        var fills = await store.GetFillsAsync(symbol, cancellationToken).ConfigureAwait(false);
        var local = Position.FromFills(symbol, fills).Quantity;
        var exchange = balances.Value.Where(b => string.Equals(b.Asset, symbol.Base, StringComparison.OrdinalIgnoreCase)).Sum(b => b.Total);
        var active = await store.GetActiveOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        var payload = new PositionReconciliationPayload(symbol.ToString(), local, exchange, exchange - local, tolerance, active.Count);
        var topic = Math.Abs(payload.Difference) > tolerance
            ? EventTopics.ReconciliationPositionMismatch
            : EventTopics.ReconciliationCompleted;
        await bus.PublishAsync(new BusEvent(topic, EventJson.Serialize(payload), time.GetUtcNow(), symbol.ToString(), traceId), cancellationToken)
            .ConfigureAwait(false);
        return payload;
    }
}
