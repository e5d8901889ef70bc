namespace CryptoAiBot.Infrastructure.Storage;

/// <summary>One numbered schema change, read from an embedded <c>Storage/Migrations/NNNN_name.sql</c> file.</summary>
/// <param name="Version">The number before the first underscore of the file name.</param>
/// <param name="Name">The file name without extension, e.g. <c>0001_initial</c>.</param>
/// <param name="Sql">The statements, applied in one transaction.</param>
public sealed record Migration(int Version, string Name, string Sql);
