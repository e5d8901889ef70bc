using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Telegram;

/// <summary>The command bot against the fake Bot API: real answers from the bot's state, roles enforced.</summary>
public sealed class TelegramCommandTests
{
    [Fact]
    public async Task Every_command_is_answered_for_an_admin_from_the_bots_real_state()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram));
        var (bought, boughtBody) = await bot.Client.PostTextAsync("/orders?side=buy", TelegramRig.Token, ("Idempotency-Key", "tg-buy-1"));
        Assert.True(bought == 200, boughtBody);
        var status = await bot.Client.GetJsonAsync("/orchestrator/status");
        var position = Number(status.GetProperty("position_base").GetDecimal());
        var entry = Number(status.GetProperty("average_entry_price").GetDecimal());
        var today = await bot.Client.GetJsonAsync("/pnl/today");
        var orders = today.GetProperty("order_count").GetInt32();

        var positionReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/position");
        var statusReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/status");
        var todayReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/today");
        var pnlReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/pnl");
        var balanceReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/balance");
        var limitsReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/limits");
        var healthReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/health");
        var helpReply = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/help@crypto_ai_bot");

        Assert.Equal(1, orders);
        Assert.Contains($"<b>BTC/USDT</b>: <code>{position}</code> BTC @ <code>{entry}</code>", positionReply, StringComparison.Ordinal);
        Assert.Contains("<b>BTC/USDT</b>: running", statusReply, StringComparison.Ordinal);
        Assert.Contains($"position <code>{position}</code> @ <code>{entry}</code>", statusReply, StringComparison.Ordinal);
        Assert.Contains($"turnover <code>{Number(today.GetProperty("turnover_quote").GetDecimal())}</code>, orders {orders}", todayReply, StringComparison.Ordinal);
        Assert.Contains("all time: realized", pnlReply, StringComparison.Ordinal);
        Assert.Contains($"orders {orders}", pnlReply, StringComparison.Ordinal);
        Assert.Matches(@"BTC: <code>0\.\d+</code> free", balanceReply);
        Assert.Contains("USDT: <code>", balanceReply, StringComparison.Ordinal);
        Assert.Contains($"orders per day: <code>{orders}</code>", limitsReply, StringComparison.Ordinal);
        Assert.Contains($"position BTC/USDT: <code>{position}</code>", limitsReply, StringComparison.Ordinal);
        Assert.Contains("<code>database</code> ok", healthReply, StringComparison.Ordinal);
        Assert.Contains("(you are admin)", helpReply, StringComparison.Ordinal);
        Assert.Contains("/stop", helpReply, StringComparison.Ordinal);
        Assert.All(telegram.Messages, m => Assert.Equal("HTML", m.ParseMode));

        Assert.Equal("<b>BTC/USDT</b> paused", await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/pause"));
        Assert.Equal("paused", await StateAsync(bot));
        Assert.Contains("paused from Telegram by user 111", (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("pause_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("<b>BTC/USDT</b> resumed", await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/resume btc_usdt"));
        Assert.Equal("running", await StateAsync(bot));
        Assert.Equal("<b>BTC/USDT</b> stopped", await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/stop"));
        Assert.Equal("stopped", await StateAsync(bot));
        Assert.Contains("not resumed: it is stopped", await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/resume"), StringComparison.Ordinal);
        Assert.Contains("Unknown command /moon", await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/moon"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_is_refused_stop_but_may_pause_and_resume_and_a_viewer_only_reads()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(TelegramRig.Environment(temp, telegram));

        var refused = await TelegramRig.AskAsync(telegram, TelegramRig.Operator, "/stop");
        var stateAfterRefusal = await StateAsync(bot);
        var viewerPause = await TelegramRig.AskAsync(telegram, TelegramRig.Viewer, "/pause");
        var viewerStatus = await TelegramRig.AskAsync(telegram, TelegramRig.Viewer, "/status");
        var paused = await TelegramRig.AskAsync(telegram, TelegramRig.Operator, "/pause");
        var stateAfterPause = await StateAsync(bot);
        var resumed = await TelegramRig.AskAsync(telegram, TelegramRig.Operator, "/resume");
        var help = await TelegramRig.AskAsync(telegram, TelegramRig.Operator, "/help");

        Assert.Equal("⛔ /stop needs the admin role; you are operator. Nothing was changed.", refused);
        Assert.Equal("running", stateAfterRefusal);
        Assert.Equal("⛔ /pause needs the operator role; you are viewer. Nothing was changed.", viewerPause);
        Assert.Contains("<b>BTC/USDT</b>: running", viewerStatus, StringComparison.Ordinal);
        Assert.Equal("<b>BTC/USDT</b> paused", paused);
        Assert.Equal("paused", stateAfterPause);
        Assert.Equal("<b>BTC/USDT</b> resumed", resumed);
        Assert.Equal("running", await StateAsync(bot));
        Assert.DoesNotContain("/stop", help, StringComparison.Ordinal);
    }

    private static async Task<string> StateAsync(BotServer bot) =>
        (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("state").GetString() ?? "";

    private static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
