using System.Text.Json;
using CryptoAiBot.Application.Alerts;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Host.Tests.Telegram;

/// <summary>Alerts from the running bot to the fake Bot API: collapsed when identical, delayed and kept through an outage.</summary>
public sealed class TelegramAlertTests
{
    [Fact]
    public async Task A_flood_of_identical_alerts_is_collapsed_into_one_message()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram, commands: false));
        var bus = bot.Services.GetRequiredService<IEventBus>();
        var publisher = bot.Services.GetRequiredService<AlertPublisher>();
        var blocked = EventJson.Serialize(new { symbol = "BTC/USDT", side = "buy", quote_amount = 10m, rules = new[] { "daily_loss" }, reasons = new[] { "daily loss 50 >= 40" } });

        for (var i = 0; i < 200; i++)
        {
            await bus.PublishAsync(new BusEvent(EventTopics.RiskBlocked, blocked, DateTimeOffset.UnixEpoch, "BTC/USDT"), CancellationToken.None);
        }

        Assert.True(await Eventually.HoldsAsync(() => publisher.Duplicates == 199), $"duplicates {publisher.Duplicates}");
        // A different alert after the flood: once it has arrived, everything queued before it has too.
        await bus.PublishAsync(new BusEvent(EventTopics.SafetyDmsTriggered, """{"loop":"eval"}""", DateTimeOffset.UnixEpoch, "BTC/USDT"), CancellationToken.None);
        var messages = await telegram.WaitForMessagesAsync(TelegramRig.AlertsChat, 1 + Count(telegram, "Risk blocked"));
        Assert.True(await Eventually.HoldsAsync(() => telegram.MessagesTo(TelegramRig.AlertsChat).Any(m => m.Text.Contains("Dead man", StringComparison.Ordinal))));

        var risk = Assert.Single(telegram.MessagesTo(TelegramRig.AlertsChat), m => m.Text.Contains("Risk blocked", StringComparison.Ordinal));
        Assert.Contains("<b>🛑 Risk blocked BTC/USDT</b>", risk.Text, StringComparison.Ordinal);
        Assert.Contains("daily loss 50 &gt;= 40", risk.Text, StringComparison.Ordinal);
        Assert.Empty(telegram.MessagesTo("-1000")); // TELEGRAM_ALERTS_CHAT_ID wins over TELEGRAM_CHAT_ID
        Assert.NotEmpty(messages);
        var (_, metrics) = await bot.Client.GetTextAsync("/metrics");
        Assert.Contains("\nalerts_collapsed_total 199\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\nalerts_dropped_total 0\n", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_api_outage_delays_alerts_without_losing_them_or_blocking_trading()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram, commands: false).With("RISK_COOLDOWN_SEC", "0"));
        var publisher = bot.Services.GetRequiredService<AlertPublisher>();
        telegram.Fail(TelegramFault.ServerError);

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var side = i % 2 == 0 ? "buy" : "sell";
            var (status, body) = await bot.Client.PostTextAsync($"/orders?side={side}", TelegramRig.Token, ("Idempotency-Key", $"outage-{i}"));
            Assert.True(status == 200, body); // trading goes on while Telegram is down
            ids.Add(JsonDocument.Parse(body).RootElement.GetProperty("order").GetProperty("client_order_id").GetString()!);
        }

        Assert.True(await Eventually.HoldsAsync(() => publisher.Queued >= 3 && telegram.SendAttempts >= 3), $"queued {publisher.Queued}, attempts {telegram.SendAttempts}");
        Assert.DoesNotContain(telegram.Messages, m => m.Text.Contains("Trade completed", StringComparison.Ordinal));

        telegram.Fail(TelegramFault.None);

        Assert.True(await Eventually.HoldsAsync(() => Count(telegram, "Trade completed") == 3), $"delivered {Count(telegram, "Trade completed")}");
        var trades = telegram.MessagesTo(TelegramRig.AlertsChat).Where(m => m.Text.Contains("Trade completed", StringComparison.Ordinal)).ToList();
        Assert.Equal(ids, trades.Select(m => ids.Single(id => m.Text.Contains(id, StringComparison.Ordinal))));
        Assert.Equal((0L, 0L), (publisher.Dropped, publisher.Rejected));
    }

    private static int Count(FakeTelegramServer telegram, string text) =>
        telegram.MessagesTo(TelegramRig.AlertsChat).Count(m => m.Text.Contains(text, StringComparison.Ordinal));
}
