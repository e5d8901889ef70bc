using CryptoAiBot.Application.Commands;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

/// <summary>TELEGRAM_* roles and limits, ALERTMANAGER_WEBHOOK_* auth: parsed, validated, secrets kept secret.</summary>
public sealed class TelegramSettingsTests
{
    [Fact]
    public void Allowed_users_carry_roles_and_a_bare_id_is_an_admin()
    {
        var telegram = SettingsLoader.Load(Variables.Of(("TELEGRAM_ALLOWED_USERS", "111, 222:operator,333:Viewer"))).GetOrThrow().Telegram;

        Assert.Equal([111L, 222L, 333L], telegram.AllowedUsers);
        Assert.Equal(ChatRole.Admin, telegram.UserRoles[111]);
        Assert.Equal(ChatRole.Operator, telegram.UserRoles[222]);
        Assert.Equal(ChatRole.Viewer, telegram.UserRoles[333]);
    }

    [Fact]
    public void Alerts_go_to_the_alerts_chat_when_set_else_to_the_main_chat()
    {
        var both = SettingsLoader.Load(Variables.Of(("TELEGRAM_CHAT_ID", "1"), ("TELEGRAM_ALERTS_CHAT_ID", "@alerts"))).GetOrThrow().Telegram;
        var main = SettingsLoader.Load(Variables.Of(("TELEGRAM_CHAT_ID", "1"))).GetOrThrow().Telegram;

        Assert.Equal(("@alerts", "1"), (both.EffectiveAlertsChatId, main.EffectiveAlertsChatId));
    }

    [Fact]
    public void Bad_users_limits_and_half_set_basic_auth_are_all_reported()
    {
        var problems = SettingsLoader.Load(Variables.Of(
            ("TELEGRAM_ALLOWED_USERS", "1:root,x,2,2:viewer"), ("TELEGRAM_ALERT_RATE_PER_MIN", "0"), ("TELEGRAM_ALERT_QUEUE", "0"),
            ("TELEGRAM_API_URL", "ftp://nope"), ("TELEGRAM_RETRY_MAX_SEC", "0"), ("ALERTMANAGER_WEBHOOK_USER", "am"))).Problems;

        Assert.Equal(
            [
                "TELEGRAM_ALLOWED_USERS: role 'root' of user 1 is not one of admin, operator, viewer",
                "TELEGRAM_ALLOWED_USERS: 'x' is not a user id (a positive whole number), optionally followed by :admin, :operator or :viewer",
                "TELEGRAM_ALLOWED_USERS: user 2 is listed twice",
                "TELEGRAM_API_URL is not an absolute http(s) URL",
                "TELEGRAM_RETRY_MAX_SEC must be > 0; got 0",
                "TELEGRAM_ALERT_RATE_PER_MIN must be between 1 and 1000; got 0",
                "TELEGRAM_ALERT_QUEUE must be between 1 and 100000; got 0",
                "ALERTMANAGER_WEBHOOK_USER and ALERTMANAGER_WEBHOOK_PASSWORD must be set together",
            ],
            problems);
    }

    [Fact]
    public void Webhook_secrets_are_masked_in_the_summary_and_redacted_from_logs()
    {
        var settings = SettingsLoader.Load(Variables.Of(
            ("ALERTMANAGER_WEBHOOK_TOKEN", "am-tok-SECRET"), ("ALERTMANAGER_WEBHOOK_USER", "am"), ("ALERTMANAGER_WEBHOOK_PASSWORD", "am-pw-SECRET"))).GetOrThrow();

        var summary = settings.Describe();

        Assert.Equal(("***", "am", "***"), (summary["ALERTMANAGER_WEBHOOK_TOKEN"], summary["ALERTMANAGER_WEBHOOK_USER"], summary["ALERTMANAGER_WEBHOOK_PASSWORD"]));
        Assert.Equal("x *** ***", SecretRedactor.For(settings).Redact("x am-tok-SECRET am-pw-SECRET"));
    }
}
