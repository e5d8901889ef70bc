using System.Collections.Concurrent;
using CryptoAiBot.Application.Ports;
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
/// <para>
/// A remainder the exchange would not let us sell — below one lot or the minimum order of the symbol, as the
/// <paramref name="broker"/>'s instrument rules say — counts as flat, whatever the fixed dust: a buy whose fee is
/// charged in the base coin leaves such a remainder, and counting it as a position would block every later entry.
/// </para>
/// </summary>
public sealed class PositionBook(ITradingStore store, decimal dustQuantity, IBroker? broker = null)
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
        var unsellable = await UnsellableBelowAsync(symbol, cancellationToken).ConfigureAwait(false);
        var folded = Position.FromFills(symbol, fills, dustQuantity, unsellable ?? 0m);

        // Without the rules (exchange unreachable) the fold is not kept: the next use folds again once they are known.
        return unsellable is null ? folded : _positions.GetOrAdd(symbol, folded);
    }

    /// <summary>The symbol's smallest sellable amount: 0 without a broker (only the fixed dust applies), null when its rules cannot be read now.</summary>
    private async ValueTask<decimal?> UnsellableBelowAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        if (broker is null)
        {
            return 0m;
        }

        var rules = await broker.GetInstrumentRulesAsync(symbol, cancellationToken).ConfigureAwait(false);
        return rules.IsSuccess ? rules.Value.SmallestSellable : null;
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
