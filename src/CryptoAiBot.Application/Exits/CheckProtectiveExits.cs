using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Exits;

/// <summary>
/// Bot-managed protective exits between candles: feeds the current bid to the symbol's decider, which
/// raises the trailing high-water mark (persisted, so a restart keeps the trail) and says when the bid
/// reached the hard or the trailing stop; then the whole position is sold. Runs also while the
/// orchestrator is paused.
/// </summary>
public sealed class CheckProtectiveExits(
    DeciderBook deciders,
    ITradingStore store,
    IMarketData marketData,
    ExecuteTrade executeTrade,
    IEventBus bus,
    TimeProvider time)
{
    /// <summary>Returns the trade when a stop fired, otherwise null.</summary>
    public async Task<TradeOutcome?> CheckAsync(Symbol symbol, string traceId, CancellationToken cancellationToken)
    {
        var (decider, _) = await deciders.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!decider.InPosition)
        {
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
            return null;
        }

        var now = time.GetUtcNow();
        var payload = new ExitTriggeredPayload(
            symbol.ToString(), decision.Intent, bid, decider.EntryPrice, decider.HighestPrice, decider.StopPrice, decider.TrailingStopPrice);
        await bus.PublishAsync(
            new BusEvent(EventTopics.ProtectiveExitTriggered, EventJson.Serialize(payload), now, symbol.ToString(), traceId),
            cancellationToken).ConfigureAwait(false);

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
