namespace CryptoAiBot.Application.Storage;

/// <summary>An append-only record of something an operator may need to explain later.</summary>
public sealed record AuditEntry(DateTimeOffset Time, string Action, string? Symbol, string DetailsJson);
