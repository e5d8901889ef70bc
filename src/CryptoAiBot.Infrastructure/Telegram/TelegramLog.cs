using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Telegram;

internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 7140, Level = LogLevel.Warning, Message = "Telegram getUpdates failed ({Detail}), {Failures} in a row; next poll in {Delay}")]
    public static partial void PollFailed(ILogger logger, string detail, int failures, TimeSpan delay);

    [LoggerMessage(EventId = 7141, Level = LogLevel.Warning, Message = "Telegram reply to chat {ChatId} not delivered after {Attempts} attempts: {Detail}")]
    public static partial void ReplyFailed(ILogger logger, string chatId, string detail, int attempts);
}
