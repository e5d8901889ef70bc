namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Filters of <c>/spot/my_trades</c>. Without a time range Gate returns the last 7 days; a range may span 30 days at
/// most; <see cref="Limit"/> is at most 1000 and <c>limit × (page − 1)</c> at most 1000.
/// </summary>
public sealed record GateTradeQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? OrderId = null,
    int? Limit = null,
    int? Page = null);
