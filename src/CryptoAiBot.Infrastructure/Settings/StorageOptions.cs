namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Where state is kept and how it is backed up: DB_PATH (SQLite), DB_URL (PostgreSQL), BACKUP_INTERVAL_HOURS, BACKUP_RETENTION_DAYS.</summary>
public sealed class StorageOptions
{
    /// <summary>
    /// SQLite file (DB_PATH). When unset it is <c>./data/trader-{exchange}-{mode}.sqlite3</c>, so paper and
    /// live runs never share a database by accident.
    /// </summary>
    public string DbPath { get; init; } = DefaultDbPath("gateio", TradingMode.Paper);

    /// <summary>PostgreSQL connection (DB_URL); when set it is used instead of <see cref="DbPath"/>. May hold a password, hence a <see cref="Secret"/>.</summary>
    public Secret DbUrl { get; init; } = Secret.None;

    /// <summary>Days a database backup is kept; 0 keeps them forever.</summary>
    public int BackupRetentionDays { get; init; } = 30;

    /// <summary>How often the running bot backs up its SQLite database (BACKUP_INTERVAL_HOURS); zero = never.</summary>
    public TimeSpan BackupInterval { get; init; } = TimeSpan.FromHours(24);

    internal static StorageOptions Read(VariableReader r, TradingOptions trading)
    {
        var d = new StorageOptions();
        return new StorageOptions
        {
            BackupInterval = r.Duration("BACKUP_INTERVAL_HOURS", d.BackupInterval, TimeSpan.FromHours(1), allowZero: true),
            DbPath = r.String("DB_PATH", DefaultDbPath(trading.Exchange, trading.Mode)),
            DbUrl = r.Raw("DB_URL") is { } url ? new Secret(url) : Secret.None,
            BackupRetentionDays = RiskOptions.Count(r, "BACKUP_RETENTION_DAYS", d.BackupRetentionDays),
        };
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["DB_PATH"] = DbPath;
        into["DB_URL"] = ConnectionText.Mask(DbUrl);
        into["BACKUP_RETENTION_DAYS"] = SettingText.Number(BackupRetentionDays);
        into["BACKUP_INTERVAL_HOURS"] = SettingText.Hours(BackupInterval);
    }

    private static string DefaultDbPath(string exchange, TradingMode mode) =>
        $"./data/trader-{exchange}-{SettingText.Name(TradingOptions.Modes, mode)}.sqlite3";
}
