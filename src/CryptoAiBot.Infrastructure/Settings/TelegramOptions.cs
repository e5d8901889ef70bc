using System.Globalization;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Telegram notifications and bot commands: TELEGRAM_*.</summary>
public sealed class TelegramOptions
{
    public bool Enabled { get; init; }

    public Secret BotToken { get; init; } = Secret.None;

    /// <summary>Chat that receives trade notifications: a numeric id or <c>@channel</c>.</summary>
    public string ChatId { get; init; } = "";

    /// <summary>Chat for alerts; empty means <see cref="ChatId"/>.</summary>
    public string AlertsChatId { get; init; } = "";

    /// <summary>Accept commands (/status, /stop, ...) from <see cref="AllowedUsers"/>.</summary>
    public bool BotCommandsEnabled { get; init; }

    /// <summary>Telegram user ids allowed to send commands; nobody else is answered.</summary>
    public IReadOnlyList<long> AllowedUsers { get; init; } = [];

    internal static TelegramOptions Read(VariableReader r)
    {
        var d = new TelegramOptions();
        var options = new TelegramOptions
        {
            Enabled = r.Bool("TELEGRAM_ENABLED", d.Enabled),
            BotToken = r.Raw("TELEGRAM_BOT_TOKEN") is { } token ? new Secret(token) : Secret.None,
            ChatId = r.String("TELEGRAM_CHAT_ID", d.ChatId),
            AlertsChatId = r.String("TELEGRAM_ALERTS_CHAT_ID", d.AlertsChatId),
            BotCommandsEnabled = r.Bool("TELEGRAM_BOT_COMMANDS_ENABLED", d.BotCommandsEnabled),
            AllowedUsers = ReadUsers(r),
        };

        if (options.Enabled && !options.BotToken.IsSet)
        {
            r.Problem("TELEGRAM_BOT_TOKEN is required when TELEGRAM_ENABLED=1");
        }

        if (options.Enabled && options.ChatId.Length == 0)
        {
            r.Problem("TELEGRAM_CHAT_ID is required when TELEGRAM_ENABLED=1");
        }

        if (options.BotCommandsEnabled && !options.Enabled)
        {
            r.Problem("TELEGRAM_BOT_COMMANDS_ENABLED=1 requires TELEGRAM_ENABLED=1");
        }

        // Commands can stop trading; an empty allow-list would mean anyone who finds the bot can.
        if (options.BotCommandsEnabled && options.AllowedUsers.Count == 0)
        {
            r.Problem("TELEGRAM_ALLOWED_USERS must list at least one user id when TELEGRAM_BOT_COMMANDS_ENABLED=1");
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["TELEGRAM_ENABLED"] = SettingText.Flag(Enabled);
        into["TELEGRAM_BOT_TOKEN"] = BotToken.ToString();
        into["TELEGRAM_CHAT_ID"] = ChatId;
        into["TELEGRAM_ALERTS_CHAT_ID"] = AlertsChatId;
        into["TELEGRAM_BOT_COMMANDS_ENABLED"] = SettingText.Flag(BotCommandsEnabled);
        into["TELEGRAM_ALLOWED_USERS"] = string.Join(",", AllowedUsers.Select(u => u.ToString(CultureInfo.InvariantCulture)));
    }

    private static List<long> ReadUsers(VariableReader r)
    {
        var users = new List<long>();
        foreach (var text in r.List("TELEGRAM_ALLOWED_USERS") ?? [])
        {
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                users.Add(id);
            }
            else
            {
                r.Problem($"TELEGRAM_ALLOWED_USERS: {VariableReader.Echo(text)} is not a user id (a positive whole number)");
            }
        }

        return users;
    }
}
