using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Infrastructure.Storage.Backups;

namespace CryptoAiBot.Host.Hosting;

/// <summary>
/// The running bot's scheduled backups: every BACKUP_INTERVAL_HOURS an online backup of the SQLite database (checked
/// before it counts), then rotation by BACKUP_RETENTION_DAYS. Off for an in-memory database, a PostgreSQL one, or an
/// interval of 0. A failed backup is logged and tried again next time; it never stops trading.
/// </summary>
public sealed partial class BackupSchedule(BotSettings settings, TimeProvider time, ILogger<BackupSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var storage = settings.Storage;
        if (storage.BackupInterval <= TimeSpan.Zero || storage.DbUrl.IsSet || storage.DbPath == ":memory:")
        {
            return;
        }

        var backups = new SqliteBackups(storage.DbPath, null, time);
        using var timer = new PeriodicTimer(storage.BackupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await BackUpAsync(backups, storage.BackupRetentionDays, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task BackUpAsync(SqliteBackups backups, int retentionDays, CancellationToken cancellationToken)
    {
        try
        {
            var backup = await backups.BackupAsync(cancellationToken).ConfigureAwait(false);
            if (!backup.IsSuccess)
            {
                LogFailed(logger, backup.Error!.Message, null);
                return;
            }

            var deleted = backups.Rotate(retentionDays);
            LogTaken(logger, backup.Value.Path, backup.Value.Bytes, deleted.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e.GetType().Name, e);
        }
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Database backed up to {Path} ({Bytes} bytes); {Deleted} old backups deleted")]
    private static partial void LogTaken(ILogger logger, string path, long bytes, int deleted);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Scheduled database backup failed: {Problem}; trying again next time")]
    private static partial void LogFailed(ILogger logger, string problem, Exception? exception);
}
