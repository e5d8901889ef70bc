using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Positions;

namespace CryptoAiBot.Cli.Perf;

/// <summary>
/// Builds the report from the bot's store with <see cref="PnlCalculator.ForPeriod"/>, the computation behind
/// <c>/pnl/today</c>: FIFO over the whole fill history, counting only what happened inside the window.
/// </summary>
internal static class PerfCalculation
{
    public static async Task<PerfReport> RunAsync(
        ITradingStore store, IReadOnlyList<Symbol>? symbols, PnlPeriod period, decimal dustQuantity, CancellationToken cancellationToken)
    {
        var traded = symbols ?? await TradedSymbolsAsync(store, cancellationToken).ConfigureAwait(false);
        var rows = new List<PerfRow>();
        foreach (var symbol in traded)
        {
            var fills = await store.GetFillsAsync(symbol, cancellationToken).ConfigureAwait(false);
            rows.Add(PerfRow.From(PnlCalculator.ForPeriod(symbol, fills, period.From, period.To, dustQuantity), symbol.Quote));
        }

        var totals = rows.GroupBy(r => r.Quote, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => PerfRow.Total(g.Key, [.. g]))
            .ToList();
        return new PerfReport(period.From, period.To, rows, totals);
    }

    // Every fill belongs to one of our orders, so the orders name every symbol that ever traded here.
    private static async Task<IReadOnlyList<Symbol>> TradedSymbolsAsync(ITradingStore store, CancellationToken cancellationToken)
    {
        var orders = await store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, cancellationToken).ConfigureAwait(false);
        return [.. orders.Select(o => o.Symbol).Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal)];
    }
}
