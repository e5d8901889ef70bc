using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Telegram;

/// <summary>An idle bot (fixed price, nothing trades by itself) with Telegram on, pointed at a fake Bot API.</summary>
internal static class TelegramRig
{
    public const string Token = "test-token";
    public const string AlertsChat = "-1001";
    public const long Admin = 111;
    public const long Operator = 222;
    public const long Viewer = 333;
    public const long Stranger = 999;

    public static BotEnvironment Environment(TempDirectory temp, FakeTelegramServer telegram, bool commands = true) =>
        RunningBot.Idle(temp, Token)
            .With("TELEGRAM_ENABLED", "1")
            .With("TELEGRAM_BOT_TOKEN", telegram.Token)
            .With("TELEGRAM_API_URL", telegram.ApiUrl)
            .With("TELEGRAM_CHAT_ID", "-1000")
            .With("TELEGRAM_ALERTS_CHAT_ID", AlertsChat)
            .With("TELEGRAM_BOT_COMMANDS_ENABLED", commands ? "1" : "0")
            .With("TELEGRAM_ALLOWED_USERS", commands ? $"{Admin}:admin,{Operator}:operator,{Viewer}:viewer" : null)
            .With("TELEGRAM_RETRY_MAX_SEC", "0.2");

    /// <summary>Sends <paramref name="command"/> as <paramref name="user"/> and waits for the next reply in their chat.</summary>
    public static async Task<string> AskAsync(FakeTelegramServer telegram, long user, string command)
    {
        var chat = user.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = telegram.MessagesTo(chat).Count;
        telegram.SendCommand(user, command);
        var messages = await telegram.WaitForMessagesAsync(chat, before + 1);
        Assert.True(messages.Count > before, $"no reply to {command} from {user}");
        return messages[before].Text;
    }
}
