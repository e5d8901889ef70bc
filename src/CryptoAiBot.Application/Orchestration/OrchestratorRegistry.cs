using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>Every symbol's orchestrator in this process, looked up by any spelling of the symbol.</summary>
public sealed class OrchestratorRegistry(IEnumerable<SymbolOrchestrator> orchestrators)
{
    private readonly Dictionary<Symbol, SymbolOrchestrator> _bySymbol = orchestrators.ToDictionary(o => o.Symbol);

    public IReadOnlyCollection<SymbolOrchestrator> All => _bySymbol.Values;

    public IReadOnlyList<Symbol> Symbols => [.. _bySymbol.Keys];

    /// <summary>The orchestrator for <paramref name="symbol"/>; the only one when null and exactly one runs.</summary>
    public SymbolOrchestrator? Find(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return _bySymbol.Count == 1 ? _bySymbol.Values.First() : null;
        }

        return Symbol.TryParse(symbol, out var parsed) && _bySymbol.TryGetValue(parsed, out var found) ? found : null;
    }

    public async Task StartAllAsync(CancellationToken cancellationToken)
    {
        foreach (var orchestrator in _bySymbol.Values)
        {
            await orchestrator.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAllAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_bySymbol.Values.Select(o => o.StopAsync(cancellationToken)));
}
