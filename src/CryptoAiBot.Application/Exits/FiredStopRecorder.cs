using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Exits;

/// <summary>
/// Records the sell an exchange stop placed when it fired, as an order of ours: its client order id is derived from
/// the stop's id (the intent key <c>BASE/QUOTE|sell|exchange_stop|stop id</c>), claimed like any intent, so however
/// many loops notice the firing, its fills reach the position once. Until the exchange shows the sell with its fills
/// (it can take a few seconds), the stop stays on record and the next check tries again.
/// </summary>
public sealed class FiredStopRecorder(
    IExchangeStops stops, ITradingStore store, TradeRecorder recorder, DeciderBook deciders, TimeProvider time, ILogger<FiredStopRecorder> logger)
{
    /// <summary>True once the fired sell is on record (now or before).</summary>
    public async Task<bool> RecordAsync(ExchangeStop stop, string traceId, CancellationToken cancellationToken)
    {
        var symbol = stop.Symbol;
        var key = $"{symbol.Base}/{symbol.Quote}|sell|{TradeIntents.ExchangeStop}|{stop.StopId}";
        var clientOrderId = IntentKey.ClientOrderIdFor(key);
        if (await store.GetOrderAsync(clientOrderId, cancellationToken).ConfigureAwait(false) is { IsTerminal: true })
        {
            await ForgetAsync(stop, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var sell = await stops.GetFiredOrderAsync(symbol, stop.StopId, clientOrderId, cancellationToken).ConfigureAwait(false);
        if (!sell.IsSuccess)
        {
            ExchangeStopLog.FiredNotYetVisible(logger, symbol.ToString(), stop.StopId, sell.Error.Message);
            return false;
        }

        var now = time.GetUtcNow();
        var pending = await store.GetOrderAsync(clientOrderId, cancellationToken).ConfigureAwait(false) ?? new Order
        {
            ClientOrderId = clientOrderId,
            Symbol = symbol,
            Side = OrderSide.Sell,
            Intent = TradeIntents.ExchangeStop,
            IdempotencyKey = key,
            RequestedBase = stop.BaseAmount,
            ReferencePrice = stop.TriggerPrice,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (pending.Status == OrderStatus.Pending && pending.ExchangeOrderId is null)
        {
            var claim = await store.ClaimIdempotencyKeyAsync(pending, now + TimeSpan.FromDays(7), cancellationToken).ConfigureAwait(false);
            if (!claim.Claimed && claim.ExistingClientOrderId != clientOrderId)
            {
                return false;
            }
        }

        var recorded = await recorder.RecordAsync(pending, sell.Value, EventTopics.TradeCompleted, traceId, cancellationToken).ConfigureAwait(false);
        if (!recorded.IsSuccess)
        {
            ExchangeStopLog.FiredNotYetVisible(logger, symbol.ToString(), stop.StopId, recorded.Error.Message);
            return false;
        }

        ExchangeStopLog.Fired(logger, symbol.ToString(), stop.StopId, recorded.Value.Order.FilledBase, recorded.Value.Order.AveragePrice);
        if (recorded.Value.Order.IsTerminal)
        {
            await ForgetAsync(stop, cancellationToken).ConfigureAwait(false);
        }

        return recorded.Value.Order.IsTerminal;
    }

    private async Task ForgetAsync(ExchangeStop stop, CancellationToken cancellationToken)
    {
        await store.CommitAsync(new StoreChanges { ExchangeStopsToClear = [stop.Symbol] }, cancellationToken).ConfigureAwait(false);
        var (decider, _) = await deciders.GetAsync(stop.Symbol, cancellationToken).ConfigureAwait(false);
        await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
    }
}
