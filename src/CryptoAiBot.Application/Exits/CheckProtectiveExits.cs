using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Exits;

/// <summary>
/// Bot-managed protective exits: raises the trailing high-water mark from the bid (persisted, so a
/// restart keeps the trail) and sells the whole position when the bid reaches the hard or the
/// trailing stop. Runs also while the orchestrator is paused.
/// </summary>
public sealed class CheckProtectiveExits(
    ITradingStore store,
    IMarketData marketData,
    ExecuteTrade executeTrade,
    IEventBus bus,
    TimeProvider time)
{
    /// <summary>Returns the trade when a stop fired, otherwise null.</summary>
    public async Task<TradeOutcome?> CheckAsync(Symbol symbol, string traceId, CancellationToken cancellationToken)
    {
        var exit = await store.GetProtectiveExitAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (exit is null)
        {
            return null;
        }

        var ticker = await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var bid = ticker.Value.Bid;
        var observed = exit.Observe(bid, now);
        if (!ReferenceEquals(observed, exit))
        {
            await store.CommitAsync(new StoreChanges { ExitsToSave = [observed] }, cancellationToken).ConfigureAwait(false);
        }

        var reason = observed.Check(bid);
        if (reason == ExitReason.None)
        {
            return null;
        }

        var payload = new ExitTriggeredPayload(
            symbol.ToString(), reason == ExitReason.StopLoss ? TradeIntents.StopLoss : TradeIntents.TrailingStop,
            bid, observed.EntryPrice, observed.HighestPrice, observed.StopPrice, observed.TrailingStopPrice);
        await bus.PublishAsync(
            new BusEvent(EventTopics.ProtectiveExitTriggered, EventJson.Serialize(payload), now, symbol.ToString(), traceId),
            cancellationToken).ConfigureAwait(false);

        var outcome = await executeTrade.ExecuteAsync(TradeRequest.SellAll(symbol, bid, payload.Reason, traceId), cancellationToken)
            .ConfigureAwait(false);
        if (outcome.Kind == TradeOutcomeKind.Rejected && outcome.Order is null)
        {
            // Nothing sellable is left (dust or already flat): the stop has nothing to guard.
            await store.CommitAsync(new StoreChanges { ExitsToClear = [symbol] }, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
