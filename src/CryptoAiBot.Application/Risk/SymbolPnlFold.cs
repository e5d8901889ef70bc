using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Application.Risk;

/// <summary>
/// One symbol's FIFO fold over its stored fills, in the store's order, continued from where the last call
/// stopped. It remembers the outcome of every fill at or after <see cref="Horizon"/> (the earliest day start it
/// still answers for). Invariant: its state is exactly that of folding the first <c>_folded</c> stored fills
/// afresh; when the store's history changed before that point, it starts over.
/// </summary>
internal sealed class SymbolPnlFold(Symbol symbol, decimal dustQuantity, DateTimeOffset horizon)
{
    private readonly List<(DateTimeOffset Time, decimal Realized, decimal? ClosedTrip)> _outcomes = [];
    private Position _position = new(symbol, dustQuantity);
    private int _folded;
    private Fill? _last;

    public decimal DustQuantity => dustQuantity;

    /// <summary>Outcomes of fills before this time are not kept; a question about an earlier day needs a new fold.</summary>
    public DateTimeOffset Horizon { get; private set; } = horizon;

    /// <summary>Folds the fills stored since the last call (all of them when the history changed before that point).</summary>
    public async Task CatchUpAsync(ITradingStore store, CancellationToken cancellationToken)
    {
        // Re-read the last folded fill too: if it is still at its place, nothing was stored before it (fills are only
        // ever added, in (time, trade id) order), so what was folded is still the start of the history.
        var fills = await store.GetFillsFromAsync(symbol, Math.Max(0, _folded - 1), cancellationToken).ConfigureAwait(false);
        var next = 0;
        if (_last is { } last)
        {
            if (fills.Count > 0 && fills[0].TradeId == last.TradeId && fills[0].Time == last.Time)
            {
                next = 1;
            }
            else
            {
                StartOver();
                fills = await store.GetFillsAsync(symbol, cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = next; i < fills.Count; i++)
        {
            var fill = fills[i];
            var outcome = _position.Apply(fill);
            _folded++;
            _last = fill;
            if (outcome.Applied && fill.Time >= Horizon)
            {
                _outcomes.Add((fill.Time, outcome.RealizedPnl, outcome.ClosedRoundTrip));
            }
        }
    }

    /// <summary>
    /// Realized PnL and closed round trips of the fills at or after <paramref name="since"/> (not before <see cref="Horizon"/>),
    /// summed in fold order as one fold of the whole history would; then forgets the outcomes before it.
    /// </summary>
    public (decimal Realized, decimal[] Trips) Since(DateTimeOffset since)
    {
        if (since < Horizon)
        {
            throw new ArgumentOutOfRangeException(nameof(since), since, $"The fold keeps outcomes from {Horizon:O} on.");
        }

        // Outcomes are in fold order, which is time order: the first one at or after since is found by bisection.
        var (low, high) = (0, _outcomes.Count);
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            (low, high) = _outcomes[mid].Time < since ? (mid + 1, high) : (low, mid);
        }

        var realized = 0m;
        var trips = new List<decimal>();
        for (var i = low; i < _outcomes.Count; i++)
        {
            realized += _outcomes[i].Realized;
            if (_outcomes[i].ClosedTrip is { } pnl)
            {
                trips.Add(pnl);
            }
        }

        _outcomes.RemoveRange(0, low);
        Horizon = since;
        return (realized, [.. trips]);
    }

    private void StartOver()
    {
        _position = new Position(symbol, dustQuantity);
        _folded = 0;
        _last = null;
        _outcomes.Clear();
    }
}
