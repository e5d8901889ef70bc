using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Trading;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Exits;

/// <summary>
/// Keeps one protective stop resting on the exchange for each open position (live): a market sell of the position
/// at the tighter of the bot's hard and trailing stop levels, so the position stays guarded while the bot is down.
/// <list type="bullet">
/// <item>Placed once a position exists; moved up (cancel, then place) as the trail rises, at most every
/// <see cref="ExchangeStopPolicy.MinReplaceInterval"/> and only by at least <see cref="ExchangeStopPolicy.MinStepPct"/>;
/// placed again when it expired or was cancelled on the exchange; removed when the position is gone.</item>
/// <item>A trigger the market has already passed is refused by the exchange: the position is sold at once instead.</item>
/// <item>A stop that fired is recorded like any order of ours (idempotently, under an id derived from the stop's id),
/// so its fills and fees reach the position exactly once.</item>
/// <item>Before the bot sells a position itself, <see cref="StandDownAsync"/> takes the stop off, so the two never both
/// sell; when it had already fired, the bot does not sell again.</item>
/// </list>
/// The bot-side check in <see cref="CheckProtectiveExits"/> stays the first line; this is the second.
/// </summary>
public sealed partial class ExchangeStopKeeper(
    IExchangeStops stops,
    ExchangeStopPolicy policy,
    DeciderBook deciders,
    ITradingStore store,
    PositionBook positions,
    IBroker broker,
    FiredStopRecorder fired,
    ExecuteTrade executeTrade,
    TimeProvider time,
    ILogger<ExchangeStopKeeper> logger)
{
    public bool Enabled => policy.Enabled;

    /// <summary>Brings the exchange stop of <paramref name="symbol"/> in line with the position and the bot's stop levels.</summary>
    public async Task SyncAsync(Symbol symbol, string traceId, CancellationToken cancellationToken)
    {
        if (!policy.Enabled)
        {
            return;
        }

        var current = await store.GetExchangeStopAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            var state = await stops.GetAsync(symbol, current.StopId, cancellationToken).ConfigureAwait(false);
            if (state.IsSuccess && state.Value.State == ExchangeStopState.Fired)
            {
                await fired.RecordAsync(current, traceId, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (state.IsSuccess && state.Value.State is ExchangeStopState.Cancelled or ExchangeStopState.Expired or ExchangeStopState.Failed)
            {
                ExchangeStopLog.Gone(logger, symbol.ToString(), current.StopId, state.Value.State.ToString());
                await ClearAsync(symbol, cancellationToken).ConfigureAwait(false);
                current = null;
            }
        }

        var (decider, _) = await deciders.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!decider.InPosition)
        {
            if (current is not null)
            {
                await TakeOffAsync(current, traceId, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (Level(decider) is not { } level)
        {
            return;
        }

        var rules = await broker.GetInstrumentRulesAsync(symbol, cancellationToken).ConfigureAwait(false);
        var held = (await positions.GetAsync(symbol, cancellationToken).ConfigureAwait(false)).Quantity;
        if (!rules.IsSuccess || rules.Value.QuantizeSellBase(held, level) is not { IsSuccess: true } amount)
        {
            return;
        }

        var trigger = rules.Value.FloorPrice(level);
        if (current is null)
        {
            await PlaceAsync(decider, trigger, amount.Value, traceId, cancellationToken).ConfigureAwait(false);
        }
        else if (ShouldMove(current, trigger, amount.Value))
        {
            if (await TakeOffAsync(current, traceId, cancellationToken).ConfigureAwait(false))
            {
                await PlaceAsync(decider, trigger, amount.Value, traceId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Takes the symbol's exchange stop off before the bot sells the position itself. False when the stop had fired
    /// (its sale is recorded here) or could not be taken off: the caller must not sell then.
    /// </summary>
    public async Task<bool> StandDownAsync(Symbol symbol, string traceId, CancellationToken cancellationToken)
    {
        return !policy.Enabled || await store.GetExchangeStopAsync(symbol, cancellationToken).ConfigureAwait(false) is not { } current
            || await TakeOffAsync(current, traceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels <paramref name="current"/> and forgets it; false when it had fired (recorded here) or may still rest.</summary>
    private async Task<bool> TakeOffAsync(ExchangeStop current, string traceId, CancellationToken cancellationToken)
    {
        var symbol = current.Symbol;
        var cancelled = await stops.CancelAsync(symbol, current.StopId, cancellationToken).ConfigureAwait(false);
        if (cancelled.IsSuccess && cancelled.Value.State == ExchangeStopState.Fired)
        {
            await fired.RecordAsync(current, traceId, cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (!cancelled.IsSuccess && cancelled.Error.Code != Domain.Results.ErrorCode.NotFound)
        {
            // Unknown whether it still rests: selling now could leave it to fire on nothing, or sell twice with it.
            ExchangeStopLog.CancelFailed(logger, symbol.ToString(), current.StopId, cancelled.Error.Message);
            return false;
        }

        await ClearAsync(symbol, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The tighter (higher) of the hard and the trailing stop level, or null with both disabled.</summary>
    private static decimal? Level(SymbolDecider decider) => (decider.StopPrice, decider.TrailingStopPrice) switch
    {
        ({ } stop, { } trail) => Math.Max(stop, trail),
        ({ } stop, null) => stop,
        (null, { } trail) => trail,
        _ => null,
    };

    private bool ShouldMove(ExchangeStop current, decimal trigger, decimal amount)
    {
        if (time.GetUtcNow() - current.PlacedAt < policy.MinReplaceInterval)
        {
            return false;
        }

        return amount != current.BaseAmount || trigger >= current.TriggerPrice * (1m + (policy.MinStepPct / 100m));
    }

    private async Task PlaceAsync(SymbolDecider decider, decimal trigger, decimal amount, string traceId, CancellationToken cancellationToken)
    {
        var symbol = decider.Symbol;
        var placed = await stops.PlaceAsync(symbol, amount, trigger, cancellationToken).ConfigureAwait(false);
        if (!placed.IsSuccess)
        {
            ExchangeStopLog.PlaceFailed(logger, symbol.ToString(), trigger, placed.Error.Message);
            return;
        }

        if (placed.Value.State == ExchangeStopState.ThroughMarket)
        {
            // The market is already below the stop: a resting order cannot guard anything any more, so sell now.
            ExchangeStopLog.ThroughMarket(logger, symbol.ToString(), trigger);
            var intent = decider.TrailingStopPrice is { } trail && trail >= (decider.StopPrice ?? 0m) ? TradeIntents.TrailingStop : TradeIntents.StopLoss;
            await executeTrade.ExecuteAsync(TradeRequest.SellAll(symbol, trigger, intent, traceId), cancellationToken).ConfigureAwait(false);
            await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
            return;
        }

        var stop = new ExchangeStop(symbol, placed.Value.StopId, trigger, amount, time.GetUtcNow());
        await store.CommitAsync(
            new StoreChanges
            {
                ExchangeStopsToSave = [stop],
                Events = [EventJson.Outbox(EventTopics.ExchangeStopPlaced, new ExchangeStopPayload(stop), symbol.ToString(), traceId, stop.PlacedAt)],
            },
            cancellationToken).ConfigureAwait(false);
        ExchangeStopLog.Placed(logger, symbol.ToString(), stop.StopId, trigger, amount);
    }

    private Task ClearAsync(Symbol symbol, CancellationToken cancellationToken) =>
        store.CommitAsync(new StoreChanges { ExchangeStopsToClear = [symbol] }, cancellationToken);
}
