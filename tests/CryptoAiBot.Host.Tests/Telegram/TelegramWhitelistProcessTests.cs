using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Telegram;

/// <summary>The bot as a real process: a user outside TELEGRAM_ALLOWED_USERS gets no answer and no control, and is logged; the token never is.</summary>
[Collection(ProcessCollection.Name)]
public sealed class TelegramWhitelistProcessTests
{
    [Fact]
    public async Task A_user_outside_the_whitelist_gets_no_control_and_is_logged_without_the_token()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramServer.StartAsync();
        var port = BotHttp.FreePort();
        var environment = TelegramRig.Environment(temp, telegram).WithPort(port).With("LOG_LEVEL", "Information");
        await using var bot = BotProcess.Start(BotAssemblies.Host, environment.Variables, temp.Path);
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        Assert.True(await bot.WaitForHealthyAsync(baseAddress, TimeSpan.FromSeconds(20)), $"not healthy\n{bot.OutputText}\n{bot.ErrorText}");
        using var client = BotHttp.CreateClient(baseAddress);

        telegram.SendCommand(TelegramRig.Stranger, "/stop");
        telegram.SendCommand(TelegramRig.Stranger, "/pause");
        // Updates are handled in order: once the admin's answer is out, the stranger's commands have been dealt with.
        var status = await TelegramRig.AskAsync(telegram, TelegramRig.Admin, "/status");
        var state = (await client.GetJsonAsync("/orchestrator/status")).GetProperty("state").GetString();
        Assert.Equal(0, await bot.StopAsync(TimeSpan.FromSeconds(15)));

        Assert.Contains("<b>BTC/USDT</b>: running", status, StringComparison.Ordinal);
        Assert.Equal("running", state);
        Assert.Empty(telegram.MessagesTo("999"));
        var refusals = bot.StandardOutput.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("event_id").GetInt32() == 7120).ToList();
        Assert.Equal(["/stop", "/pause"], refusals.Select(l => l.GetProperty("command").GetString()));
        Assert.All(refusals, l => Assert.Equal("999", l.GetProperty("user_id").GetString()));
        Assert.DoesNotContain(bot.StandardOutput.Concat(bot.StandardError), l => l.Contains(telegram.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.StandardOutput.Concat(bot.StandardError), l => l.Contains("fake-SECRET", StringComparison.Ordinal));
    }
}
