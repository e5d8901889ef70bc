using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Telegram;

/// <summary><c>POST /alertmanager/webhook</c>: validated, authenticated, forwarded to Telegram.</summary>
public sealed class AlertmanagerWebhookTests
{
    private const string WebhookToken = "am-webhook-secret";

    private static readonly string Valid = """
        {"version":"4","status":"firing","receiver":"crypto-ai-bot","groupKey":"{}:{alertname=\"DailyLossNearLimit\"}","truncatedAlerts":0,
         "groupLabels":{"alertname":"DailyLossNearLimit"},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am:9093",
         "alerts":[{"status":"firing","labels":{"alertname":"DailyLossNearLimit","severity":"warning","symbol":"BTC/USDT"},
                    "annotations":{"summary":"Daily loss at 85% of the limit <40 USDT>"},"startsAt":"2026-01-05T12:00:00Z",
                    "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom/graph","fingerprint":"abc123"}]}
        """;

    [Fact]
    public async Task A_valid_notification_with_the_bearer_token_reaches_telegram_escaped()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram, commands: false).With("ALERTMANAGER_WEBHOOK_TOKEN", WebhookToken));

        var (status, body) = await PostAsync(bot, Valid, new AuthenticationHeaderValue("Bearer", WebhookToken));
        var messages = await telegram.WaitForMessagesAsync(TelegramRig.AlertsChat, 1);

        Assert.True(status == 200, body);
        Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("alerts").GetInt32());
        var message = Assert.Single(messages, m => m.Text.Contains("Alertmanager", StringComparison.Ordinal));
        Assert.Contains("🔥 <b>DailyLossNearLimit</b> [warning] BTC/USDT: Daily loss at 85% of the limit &lt;40 USDT&gt; (since 2026-01-05 12:00:00Z)", message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "Invalid JSON", "")]
    [InlineData("[]", "Invalid Alertmanager payload", "the body must be a JSON object")]
    [InlineData("""{"version":"3","status":"burning","alerts":[]}""", "Invalid Alertmanager payload",
        "version must be \"4\"; got \"3\"; status must be firing or resolved; got \"burning\"; receiver is required (a non-empty string); groupKey is required (a string); alerts must be a non-empty array")]
    [InlineData("""{"version":"4","status":"firing","receiver":"r","groupKey":"g","alerts":[{"status":"firing","labels":{"a":1}},7]}""", "Invalid Alertmanager payload",
        "alerts[0].labels.a must be a string; alerts[0].startsAt is required (an RFC 3339 time); alerts[1] must be an object")]
    public async Task A_malformed_notification_is_a_400_naming_every_problem_and_sends_nothing(string payload, string title, string detail)
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram, commands: false));

        var (status, body) = await PostAsync(bot, payload, null);

        Assert.Equal(400, status);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        if (detail.Length > 0)
        {
            Assert.Equal(detail, problem.GetProperty("detail").GetString());
        }

        Assert.Equal(0, telegram.SendAttempts);
    }

    [Fact]
    public async Task Credentials_are_required_when_configured_and_either_bearer_or_basic_is_accepted()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram, commands: false)
            .With("ALERTMANAGER_WEBHOOK_TOKEN", WebhookToken).With("ALERTMANAGER_WEBHOOK_USER", "am").With("ALERTMANAGER_WEBHOOK_PASSWORD", "pw-secret"));

        var (none, _) = await PostAsync(bot, Valid, null);
        var (wrongBearer, _) = await PostAsync(bot, Valid, new AuthenticationHeaderValue("Bearer", WebhookToken + "x"));
        var (wrongBasic, _) = await PostAsync(bot, Valid, Basic("am", "nope"));
        var (basic, basicBody) = await PostAsync(bot, Valid, Basic("am", "pw-secret"));

        Assert.Equal((401, 403, 403), (none, wrongBearer, wrongBasic));
        Assert.True(basic == 200, basicBody);
        Assert.NotEmpty(await telegram.WaitForMessagesAsync(TelegramRig.AlertsChat, 1));
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static async Task<(int Status, string Body)> PostAsync(BotServer bot, string payload, AuthenticationHeaderValue? auth)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alertmanager/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = auth;
        using var response = await bot.Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
