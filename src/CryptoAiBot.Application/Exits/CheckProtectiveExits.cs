using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Settlement;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Exits;

/// <summary>
/// Bot-managed protective exits between candles: feeds the current bid to the symbol's decider, which
/// raises the trailing high-water mark (persisted, so a restart keeps the trail) and says when the bid
/// reached the hard or the trailing stop; then the whole position is sold (after the exchange-side stop, when
/// there is one, is taken off, and any of our orders still working on the symbol is cancelled with its fills recorded,
/// so that a stalled order never blocks the exit and the sale covers what those fills bought). Between triggers it keeps the exchange-side stop in step. Runs also while the
/// orchestrator is paused.
/// </summary>
public sealed class CheckProtectiveExits(
    DeciderBook deciders,
    ITradingStore store,
    IMarketData marketData,
    ExecuteTrade executeTrade,
    ExchangeStopKeeper exchangeStops,
    CancelOpenOrders openOrders,
    IEventBus bus,
    TimeProvider time)
{
    /// <summary>Returns the trade when a stop fired, otherwise null.</summary>
    public async Task<TradeOutcome?> CheckAsync(Symbol symbol, string traceId, CancellationToken cancellationToken)
    {
        var (decider, _) = await deciders.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!decider.InPosition)
        {
            // Also takes a leftover exchange stop off once the position is gone.
            await exchangeStops.SyncAsync(symbol, traceId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var ticker = await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return null;
        }

        var bid = ticker.Value.Bid;
        var decision = decider.OnPrice(bid);
        await deciders.PersistIfMovedAsync(decider, cancellationToken).ConfigureAwait(false);
        if (!decision.IsTrade)
        {
            // The exchange-side stop follows the levels just updated (and is checked for having fired).
            await exchangeStops.SyncAsync(symbol, traceId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (!await exchangeStops.StandDownAsync(symbol, traceId, cancellationToken).ConfigureAwait(false))
        {
            // The exchange stop sold (now recorded) or could not be taken off: selling as well could sell twice.
            await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var now = time.GetUtcNow();
        var payload = new ExitTriggeredPayload(
            symbol.ToString(), decision.Intent, bid, decider.EntryPrice, decider.HighestPrice, decider.StopPrice, decider.TrailingStopPrice);
        await bus.PublishAsync(
            new BusEvent(EventTopics.ProtectiveExitTriggered, EventJson.Serialize(payload), now, symbol.ToString(), traceId),
            cancellationToken).ConfigureAwait(false);

        // A stalled buy would hold quote and keep adding to the position; a stalled sell would hold the coins the exit sells.
        await openOrders.CancelAsync(symbol, traceId, cancellationToken).ConfigureAwait(false);
        var outcome = await executeTrade.ExecuteAsync(TradeRequest.SellAll(symbol, bid, decision.Intent, traceId), cancellationToken)
            .ConfigureAwait(false);
        if (outcome.Kind == TradeOutcomeKind.Rejected && outcome.Order is null)
        {
            // Nothing sellable is left (dust or already flat): the stop has nothing to guard.
            await store.CommitAsync(new StoreChanges { ExitsToClear = [symbol] }, cancellationToken).ConfigureAwait(false);
        }

        await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
        return outcome;
    }
}
