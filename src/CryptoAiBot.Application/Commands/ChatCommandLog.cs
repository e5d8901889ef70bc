using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Commands;

internal static partial class ChatCommandLog
{
    [LoggerMessage(EventId = 7120, Level = LogLevel.Warning, Message = "Chat command {Command} from user {UserId} in chat {ChatId} ignored: the user is not in TELEGRAM_ALLOWED_USERS")]
    public static partial void Unauthorized(ILogger logger, string command, long userId, string chatId);

    [LoggerMessage(EventId = 7121, Level = LogLevel.Warning, Message = "Chat command {Command} from user {UserId} refused: needs {Required}, the user is {Role}")]
    public static partial void Refused(ILogger logger, string command, long userId, ChatRole required, ChatRole role);

    [LoggerMessage(EventId = 7122, Level = LogLevel.Information, Message = "Chat command {Command} from user {UserId} ({Role})")]
    public static partial void Executing(ILogger logger, string command, long userId, ChatRole role);

    [LoggerMessage(EventId = 7123, Level = LogLevel.Warning, Message = "Chat command {Command} from user {UserId} ignored: sent at {SentAt}, older than {MaxAge}")]
    public static partial void Stale(ILogger logger, string command, long userId, DateTimeOffset sentAt, TimeSpan maxAge);

    [LoggerMessage(EventId = 7124, Level = LogLevel.Error, Message = "Chat command {Command} from user {UserId} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string command, long userId);
}
