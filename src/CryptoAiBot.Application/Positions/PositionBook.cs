using System.Collections.Concurrent;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Application.Positions;

/// <summary>
/// The live position of every symbol, folded once from the stored fills and then kept current by
/// applying each newly recorded fill, so that no trade has to refold the whole history. The stored
/// fills stay the truth: if a commit fails after its fills were applied here, the symbol is dropped
/// and refolded from the store on next use. Like the position itself, a symbol has one writer: the
/// code running inside that symbol's cycle.
/// </summary>
public sealed class PositionBook(ITradingStore store, decimal dustQuantity)
{
    private readonly ConcurrentDictionary<Symbol, Position> _positions = new();

    /// <summary>A remainder at or below this counts as flat.</summary>
    public decimal DustQuantity => dustQuantity;

    public async ValueTask<Position> GetAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        if (_positions.TryGetValue(symbol, out var position))
        {
            return position;
        }

        var fills = await store.GetFillsAsync(symbol, cancellationToken).ConfigureAwait(false);
        return _positions.GetOrAdd(symbol, Position.FromFills(symbol, fills, dustQuantity));
    }

    /// <summary>Applies fills about to be committed; a fill already applied is ignored by the position.</summary>
    public async ValueTask<Position> ApplyAsync(Symbol symbol, IReadOnlyList<Fill> fills, CancellationToken cancellationToken)
    {
        var position = await GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < fills.Count; i++)
        {
            position.Apply(fills[i]);
        }

        return position;
    }

    /// <summary>Forgets a symbol so that it is refolded from the store (after a failed commit).</summary>
    public void Invalidate(Symbol symbol) => _positions.TryRemove(symbol, out _);
}
