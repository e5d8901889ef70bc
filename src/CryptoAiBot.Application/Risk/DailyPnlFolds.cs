using System.Collections.Concurrent;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Risk;

/// <summary>
/// Today's realized PnL and closed round trips per symbol, for the risk snapshot. Both come from one FIFO fold of
/// the symbol's whole fill history (a sell today realizes against lots bought on earlier days), and only today's
/// round trips count (a loss streak over all history could block entries forever). Refolding the history for every
/// entry made each entry cost as much as the history is long; the fold is kept instead, and each call folds only
/// the fills stored since the previous one. The answer is always that of folding every stored fill afresh.
/// </summary>
public sealed class DailyPnlFolds(ITradingStore store)
{
    private readonly ConcurrentDictionary<Symbol, SymbolPnlFold> _folds = new();

    public async Task<(decimal Realized, decimal[] Trips)> TodayAsync(
        Symbol symbol, DateTimeOffset dayStart, decimal dustQuantity, CancellationToken cancellationToken)
    {
        // Taken out while in use, so that two concurrent callers never share a fold (the second one folds afresh).
        // A fold for another dust threshold, or one that already forgot the asked day, is not reusable either.
        var fold = _folds.TryRemove(symbol, out var kept) && kept.DustQuantity == dustQuantity && dayStart >= kept.Horizon
            ? kept
            : new SymbolPnlFold(symbol, dustQuantity, dayStart);
        await fold.CatchUpAsync(store, cancellationToken).ConfigureAwait(false);
        var today = fold.Since(dayStart);
        _folds[symbol] = fold;
        return today;
    }
}
