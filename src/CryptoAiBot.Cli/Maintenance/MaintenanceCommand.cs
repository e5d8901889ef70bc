using System.CommandLine;
using System.Globalization;
using CryptoAiBot.Cli.Data;
using CryptoAiBot.Infrastructure.Locking;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Infrastructure.Storage.Backups;

namespace CryptoAiBot.Cli.Maintenance;

/// <summary>
/// <c>cab maintenance backup|list|rotate [--days N]|integrity|vacuum|restore --from FILE [--db PATH] [--dir DIR]</c>:
/// online SQLite backups of the bot's database (checked before they count), their retention
/// (<c>BACKUP_RETENTION_DAYS</c>), the integrity check, VACUUM, and a restore that refuses while a bot holds the
/// database's lock. Exit codes: 0 done, 1 the operation failed (e.g. a damaged backup), 2 usage or settings errors.
/// </summary>
internal static class MaintenanceCommand
{
    private static readonly Option<string?> DbOption = DataArguments.Text("--db", "SQLite database file (default: DB_PATH from the settings)");
    private static readonly Option<string?> DirOption = DataArguments.Text("--dir", "Backup directory (default: backups/ next to the database)");
    private static readonly Option<string?> DaysOption = DataArguments.Text("--days", "rotate: keep backups of the last N days (default: BACKUP_RETENTION_DAYS; 0 keeps all)");
    private static readonly Option<string?> FromOption = DataArguments.Text("--from", "restore: the backup file to restore");

    public static Command Create()
    {
        var command = new Command("maintenance", "Back up, rotate, check, vacuum and restore the bot's SQLite database");
        foreach (var (name, description) in new[]
        {
            ("backup", "Take an online backup and check it"), ("list", "List the backups"), ("rotate", "Delete backups older than the retention"),
            ("integrity", "Run PRAGMA integrity_check"), ("vacuum", "Compact the database"), ("restore", "Restore a backup (the bot must be stopped)"),
        })
        {
            var sub = new Command(name, description);
            foreach (var option in new[] { DbOption, DirOption, DaysOption, FromOption })
            {
                sub.Options.Add(option);
            }

            sub.SetAction((parse, cancellationToken) => RunAsync(name, parse, cancellationToken));
            command.Subcommands.Add(sub);
        }

        command.SetAction(async (_, _) =>
        {
            await Console.Error.WriteLineAsync("error: choose a subcommand: backup, list, rotate, integrity, vacuum or restore").ConfigureAwait(false);
            return DataCommand.UsageErrorExitCode;
        });
        return command;
    }

    private static async Task<int> RunAsync(string operation, ParseResult parse, CancellationToken cancellationToken)
    {
        var arguments = new DataArguments(parse);
        var database = arguments.DatabasePath(DbOption);
        var days = operation == "rotate" ? RetentionDays(arguments) : 0;
        var from = operation == "restore" ? arguments.ExistingFile(FromOption) : "";
        if (!arguments.IsValid || database is null)
        {
            return await arguments.ReportAsync($"maintenance {operation}").ConfigureAwait(false);
        }

        var backups = new SqliteBackups(database, arguments.Optional(DirOption), TimeProvider.System);
        switch (operation)
        {
            case "backup":
                var backup = await backups.BackupAsync(cancellationToken).ConfigureAwait(false);
                return await ReportAsync(backup.IsSuccess, backup.IsSuccess ? Describe(backup.Value) : backup.Error!.Message).ConfigureAwait(false);
            case "list":
                var all = backups.List();
                await Console.Out.WriteLineAsync(all.Count == 0 ? $"no backups in {backups.Directory}" : string.Join(Environment.NewLine, all.Select(Describe)))
                    .ConfigureAwait(false);
                return 0;
            case "rotate":
                var deleted = backups.Rotate(days);
                return await ReportAsync(true, $"deleted {deleted.Count} backup(s) older than {days} day(s); {backups.List().Count} kept in {backups.Directory}")
                    .ConfigureAwait(false);
            case "integrity":
                var integrity = await backups.IntegrityAsync(cancellationToken).ConfigureAwait(false);
                return await ReportAsync(integrity == "ok", $"integrity_check: {integrity}").ConfigureAwait(false);
            case "vacuum":
                await backups.VacuumAsync(cancellationToken).ConfigureAwait(false);
                return await ReportAsync(true, $"vacuumed {Path.GetFullPath(database)}").ConfigureAwait(false);
            default:
                return await RestoreAsync(backups, database, from, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> RestoreAsync(SqliteBackups backups, string database, string from, CancellationToken cancellationToken)
    {
        // The bot's own lock: a restore under a running bot would pull its state out from under it.
        await using var instanceLock = new FileInstanceLock(database + ".lock", TimeProvider.System);
        var acquired = await instanceLock.TryAcquireAsync(cancellationToken).ConfigureAwait(false);
        if (!acquired.IsSuccess)
        {
            return await ReportAsync(false, $"not restored: {acquired.Error!.Message}; stop the bot first").ConfigureAwait(false);
        }

        var restored = await backups.RestoreAsync(from, cancellationToken).ConfigureAwait(false);
        return await ReportAsync(restored.IsSuccess, restored.IsSuccess ? $"restored {Path.GetFullPath(from)} into {restored.Value}" : restored.Error!.Message)
            .ConfigureAwait(false);
    }

    private static int RetentionDays(DataArguments arguments)
    {
        if (arguments.Optional(DaysOption) is { } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                return days;
            }

            arguments.Problem($"--days: '{text}' is not a whole number of days (0 or more)");
            return 0;
        }

        var loaded = SettingsLoader.LoadFromEnvironment();
        return loaded.IsValid ? loaded.Settings.Storage.BackupRetentionDays : 0;
    }

    private static string Describe(SqliteBackup backup) =>
        string.Create(CultureInfo.InvariantCulture, $"{backup.Path}  {backup.TakenAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  {backup.Bytes:N0} bytes");

    private static async Task<int> ReportAsync(bool ok, string message)
    {
        await (ok ? Console.Out : Console.Error).WriteLineAsync(ok ? message : "error: " + message).ConfigureAwait(false);
        return ok ? 0 : 1;
    }
}
