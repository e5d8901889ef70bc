using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>The markets read from <c>/spot/currency_pairs</c>, and the pairs (by Gate id) that could not be read, with why.</summary>
public sealed record GateMarketList(IReadOnlyDictionary<Symbol, GateMarket> Markets, IReadOnlyDictionary<string, string> Unreadable);
