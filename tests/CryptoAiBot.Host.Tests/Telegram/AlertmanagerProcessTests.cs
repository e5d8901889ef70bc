using System.Diagnostics;
using System.Globalization;
using System.Text;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Telegram;

/// <summary>A real Alertmanager (Debian package) delivering to the bot's webhook, and our shipped config passing its checker.</summary>
[Collection(ProcessCollection.Name)]
public sealed class AlertmanagerProcessTests
{
    private const string WebhookToken = "am-real-secret";

    [Fact]
    public async Task A_firing_alert_posted_to_alertmanager_reaches_the_fake_telegram_server_as_a_message()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram, commands: false).With("ALERTMANAGER_WEBHOOK_TOKEN", WebhookToken));
        var config = temp.Write("alertmanager.yml", $"""
            route:
              receiver: bot
              group_by: [alertname]
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: bot
                webhook_configs:
                  - url: {bot.BaseAddress}alertmanager/webhook
                    send_resolved: true
                    http_config:
                      authorization:
                        type: Bearer
                        credentials: {WebhookToken}
            """);
        var data = Directory.CreateDirectory(temp.File("am-data")).FullName;
        await using var alertmanager = await AlertmanagerProcess.StartAsync(config, data);
        using var client = BotHttp.CreateClient(alertmanager.BaseAddress);
        var startsAt = TimeProvider.System.GetUtcNow().AddSeconds(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var alert = $$"""
            [{"labels":{"alertname":"BotNotReady","severity":"critical","symbol":"BTC/USDT"},
              "annotations":{"summary":"/ready has answered 503 for 2 minutes"},"startsAt":"{{startsAt}}"}]
            """;

        using var posted = await client.PostAsync("/api/v2/alerts", new StringContent(alert, Encoding.UTF8, "application/json"));
        var messages = await telegram.WaitForMessagesAsync(TelegramRig.AlertsChat, 1, TimeSpan.FromSeconds(30));

        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        var message = Assert.Single(messages, m => m.Text.Contains("BotNotReady", StringComparison.Ordinal));
        Assert.Contains("🔥 <b>Alertmanager: 1 firing</b>", message.Text, StringComparison.Ordinal);
        Assert.Contains("<b>BotNotReady</b> [critical] BTC/USDT: /ready has answered 503 for 2 minutes", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookToken, alertmanager.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_alertmanager_config_passes_amtool_check_config()
    {
        var config = Path.Combine(RepositoryPaths.Root, "ops", "alertmanager", "alertmanager.yml");
        var info = new ProcessStartInfo(AlertmanagerProcess.FindAmtool()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("check-config");
        info.ArgumentList.Add(config);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await error);
        Assert.Contains("SUCCESS", await output, StringComparison.Ordinal);
        Assert.Contains("/alertmanager/webhook", await File.ReadAllTextAsync(config), StringComparison.Ordinal);
    }
}
