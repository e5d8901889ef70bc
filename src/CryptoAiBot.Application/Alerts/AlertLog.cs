using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Alert not delivered ({Detail}), attempt {Attempt}; retrying in {Delay}; {Queued} alerts queued")]
    public static partial void Retrying(ILogger logger, string detail, int attempt, TimeSpan delay, int queued);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Alert delivered after {Attempts} attempts; {Queued} alerts still queued")]
    public static partial void DeliveredAfterRetries(ILogger logger, int attempts, int queued);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Alert refused by the chat service and skipped: {Detail}")]
    public static partial void Rejected(ILogger logger, string detail);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Alert queue full ({Capacity}); new alerts are dropped: {Dropped} so far")]
    public static partial void QueueFull(ILogger logger, int capacity, long dropped);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Error, Message = "Alert given up after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, int attempts);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Warning, Message = "Stopping with {Queued} alerts undelivered")]
    public static partial void Abandoned(ILogger logger, int queued);

    [LoggerMessage(EventId = 7107, Level = LogLevel.Warning, Message = "Health check for alerts failed")]
    public static partial void HealthCheckFailed(ILogger logger, Exception exception);
}
