using System.Globalization;
using CryptoAiBot.Application.Commands;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Telegram notifications and bot commands: TELEGRAM_*.</summary>
public sealed class TelegramOptions
{
    private static readonly (string Name, ChatRole Value)[] Roles =
        [("admin", ChatRole.Admin), ("operator", ChatRole.Operator), ("viewer", ChatRole.Viewer)];

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

    /// <summary>
    /// The role of each allowed user: <c>TELEGRAM_ALLOWED_USERS=111:admin,222:operator,333:viewer</c>; a bare id is an
    /// admin, which is what the plain list of ids meant before roles existed.
    /// </summary>
    public IReadOnlyDictionary<long, ChatRole> UserRoles { get; init; } = new Dictionary<long, ChatRole>();

    /// <summary>Bot API base URL (TELEGRAM_API_URL); the bot token is appended to its path, as the Bot API expects.</summary>
    public string ApiUrl { get; init; } = "https://api.telegram.org";

    /// <summary>Identical alerts inside this window are one message (TELEGRAM_ALERT_DEDUP_SEC; 0 = off).</summary>
    public TimeSpan AlertDedupWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Alerts sent per rolling minute at most (TELEGRAM_ALERT_RATE_PER_MIN); Telegram itself allows ~20 a minute in a group.</summary>
    public int AlertRatePerMinute { get; init; } = 20;

    /// <summary>Alerts kept while Telegram is unreachable (TELEGRAM_ALERT_QUEUE); beyond it new alerts are dropped and counted.</summary>
    public int AlertQueueCapacity { get; init; } = 1000;

    /// <summary>Longest wait between two attempts to deliver an alert (TELEGRAM_RETRY_MAX_SEC).</summary>
    public TimeSpan RetryMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Chat that receives alerts: <see cref="AlertsChatId"/> when set, else <see cref="ChatId"/>.</summary>
    public string EffectiveAlertsChatId => AlertsChatId.Length > 0 ? AlertsChatId : ChatId;

    internal static TelegramOptions Read(VariableReader r)
    {
        var d = new TelegramOptions();
        var users = ReadUsers(r);
        var apiUrl = r.Url("TELEGRAM_API_URL");
        var options = new TelegramOptions
        {
            Enabled = r.Bool("TELEGRAM_ENABLED", d.Enabled),
            BotToken = r.Raw("TELEGRAM_BOT_TOKEN") is { } token ? new Secret(token) : Secret.None,
            ChatId = r.String("TELEGRAM_CHAT_ID", d.ChatId),
            AlertsChatId = r.String("TELEGRAM_ALERTS_CHAT_ID", d.AlertsChatId),
            BotCommandsEnabled = r.Bool("TELEGRAM_BOT_COMMANDS_ENABLED", d.BotCommandsEnabled),
            AllowedUsers = [.. users.Keys],
            UserRoles = users,
            ApiUrl = apiUrl.Length > 0 ? apiUrl.TrimEnd('/') : d.ApiUrl,
            AlertDedupWindow = r.Duration("TELEGRAM_ALERT_DEDUP_SEC", d.AlertDedupWindow, TimeSpan.FromSeconds(1), allowZero: true),
            AlertRatePerMinute = r.Int("TELEGRAM_ALERT_RATE_PER_MIN", d.AlertRatePerMinute),
            AlertQueueCapacity = r.Int("TELEGRAM_ALERT_QUEUE", d.AlertQueueCapacity),
            RetryMax = r.Duration("TELEGRAM_RETRY_MAX_SEC", d.RetryMax, TimeSpan.FromSeconds(1)),
        };
        r.Between("TELEGRAM_ALERT_RATE_PER_MIN", options.AlertRatePerMinute, 1, 1000);
        r.Between("TELEGRAM_ALERT_QUEUE", options.AlertQueueCapacity, 1, 100_000);

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
        into["TELEGRAM_ALLOWED_USERS"] = string.Join(",", AllowedUsers.Select(u =>
            u.ToString(CultureInfo.InvariantCulture) + ":" + SettingText.Name(Roles, UserRoles.TryGetValue(u, out var role) ? role : ChatRole.Admin)));
        into["TELEGRAM_API_URL"] = ApiUrl;
        into["TELEGRAM_ALERT_DEDUP_SEC"] = SettingText.Seconds(AlertDedupWindow);
        into["TELEGRAM_ALERT_RATE_PER_MIN"] = SettingText.Number(AlertRatePerMinute);
        into["TELEGRAM_ALERT_QUEUE"] = SettingText.Number(AlertQueueCapacity);
        into["TELEGRAM_RETRY_MAX_SEC"] = SettingText.Seconds(RetryMax);
    }

    private static Dictionary<long, ChatRole> ReadUsers(VariableReader r)
    {
        var users = new Dictionary<long, ChatRole>();
        foreach (var text in r.List("TELEGRAM_ALLOWED_USERS") ?? [])
        {
            var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
            if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                r.Problem($"TELEGRAM_ALLOWED_USERS: {VariableReader.Echo(text)} is not a user id (a positive whole number), optionally followed by :admin, :operator or :viewer");
                continue;
            }

            var role = ChatRole.Admin;
            if (parts.Length == 2 && Array.FindIndex(Roles, x => string.Equals(x.Name, parts[1], StringComparison.OrdinalIgnoreCase)) is var found)
            {
                if (found < 0)
                {
                    r.Problem($"TELEGRAM_ALLOWED_USERS: role {VariableReader.Echo(parts[1])} of user {id} is not one of admin, operator, viewer");
                    continue;
                }

                role = Roles[found].Value;
            }

            if (!users.TryAdd(id, role))
            {
                r.Problem($"TELEGRAM_ALLOWED_USERS: user {id} is listed twice");
            }
        }

        return users;
    }
}
