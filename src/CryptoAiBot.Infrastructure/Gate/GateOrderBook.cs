using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// An order book snapshot: asks ascending, bids descending, as Gate sends them. <see cref="Id"/> is the book's
/// update id (asked for with <c>with_id=true</c>); the times are Gate's.
/// </summary>
public sealed record GateOrderBook(
    Symbol Symbol,
    long? Id,
    DateTimeOffset? Current,
    DateTimeOffset? Update,
    IReadOnlyList<GateBookLevel> Asks,
    IReadOnlyList<GateBookLevel> Bids);
