using System.Collections.Concurrent;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Signals;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// One <see cref="SymbolDecider"/> per symbol, restored from storage when first needed and after every
/// trade (the stored protective exit and the position are the truth; the decider mirrors them), and
/// persisting its trailing high-water mark whenever it moved.
/// </summary>
public sealed class DeciderBook(
    StrategyFactory strategies,
    EntryPolicy entries,
    IAiScoreSource ai,
    TradingPlan plan,
    ExitPolicy exits,
    ITradingStore store,
    PositionBook positions,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<Symbol, SymbolDecider> _deciders = new();

    /// <summary>The symbol's decider; <c>IsNew</c> is true when it was just created and has seen no candle.</summary>
    public async ValueTask<(SymbolDecider Decider, bool IsNew)> GetAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        if (_deciders.TryGetValue(symbol, out var existing))
        {
            return (existing, false);
        }

        var gate = entries.CreateGate(plan.Timeframe, new SymbolAiOpinion(ai, symbol));
        var decider = new SymbolDecider(symbol, strategies(symbol), exits.StopLossPct, exits.TrailingPct, gate);
        await RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
        return _deciders.TryAdd(symbol, decider) ? (decider, true) : (_deciders[symbol], false);
    }

    /// <summary>Re-reads the stored exit and the position after a trade.</summary>
    public async ValueTask RestoreAsync(SymbolDecider decider, CancellationToken cancellationToken)
    {
        var exit = await store.GetProtectiveExitAsync(decider.Symbol, cancellationToken).ConfigureAwait(false);
        var position = await positions.GetAsync(decider.Symbol, cancellationToken).ConfigureAwait(false);
        decider.Restore(exit, !position.IsFlat, position.AverageEntryPrice, time.GetUtcNow());
    }

    /// <summary>Stores the trailing high-water mark when it rose, so that a restart keeps the trail.</summary>
    public async ValueTask PersistIfMovedAsync(SymbolDecider decider, CancellationToken cancellationToken)
    {
        if (decider.ExitMoved && decider.Snapshot(time.GetUtcNow()) is { } exit)
        {
            await store.CommitAsync(new StoreChanges { ExitsToSave = [exit] }, cancellationToken).ConfigureAwait(false);
        }
    }
}
