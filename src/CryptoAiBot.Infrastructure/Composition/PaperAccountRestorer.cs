using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Composition;

/// <summary>
/// Rebuilds a paper account after a restart from the recorded fills, so that balances and positions
/// agree: quote = start − bought notional (+ quote fees) + sold notional − quote fees; base = bought −
/// base fees − sold.
/// </summary>
public static class PaperAccountRestorer
{
    public static async Task<IReadOnlyList<Balance>> BalancesAsync(
        ITradingStore store, IReadOnlyList<Symbol> symbols, decimal startQuote, CancellationToken cancellationToken)
    {
        var assets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var quote in symbols.Select(s => s.Quote).Distinct())
        {
            assets[quote] = startQuote;
        }

        foreach (var symbol in symbols)
        {
            foreach (var fill in await store.GetFillsAsync(symbol, cancellationToken).ConfigureAwait(false))
            {
                var sign = fill.Side == OrderSide.Buy ? 1m : -1m;
                assets[symbol.Base] = assets.GetValueOrDefault(symbol.Base) + sign * fill.Quantity;
                assets[symbol.Quote] = assets.GetValueOrDefault(symbol.Quote) - sign * fill.Notional;
                assets[fill.FeeAsset] = assets.GetValueOrDefault(fill.FeeAsset) - fill.Fee;
            }
        }

        return assets.Select(a => new Balance(a.Key, a.Value, 0m)).ToArray();
    }
}
