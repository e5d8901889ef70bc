namespace CryptoAiBot.Infrastructure.Storage.Backups;

/// <summary>One backup file: where it is, when it was taken (from its name, UTC) and its size.</summary>
public sealed record SqliteBackup(string Path, DateTimeOffset TakenAt, long Bytes);
