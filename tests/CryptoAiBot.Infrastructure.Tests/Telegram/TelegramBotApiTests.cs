using CryptoAiBot.Application.Ports;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Infrastructure.Telegram;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Infrastructure.Tests.Telegram;

/// <summary>The Bot API client against the fake server over real HTTP: each failure classified, the token never in a detail.</summary>
public sealed class TelegramBotApiTests
{
    [Theory]
    [InlineData(TelegramFault.None, ChatDeliveryStatus.Sent, "sent", null)]
    [InlineData(TelegramFault.ServerError, ChatDeliveryStatus.RetryLater, "HTTP 502: Bad Gateway", null)]
    [InlineData(TelegramFault.RateLimited, ChatDeliveryStatus.RetryLater, "HTTP 429: Too Many Requests: retry after 1", 1)]
    [InlineData(TelegramFault.Hang, ChatDeliveryStatus.RetryLater, "sendMessage: no answer within 0 s", null)]
    public async Task A_send_is_classified_by_what_the_bot_api_answers(TelegramFault fault, ChatDeliveryStatus status, string detail, int? retryAfterSeconds)
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var api = new TelegramBotApi(services.GetRequiredService<IHttpClientFactory>(), telegram.ApiUrl, new Secret(telegram.Token), fault == TelegramFault.Hang ? TimeSpan.FromMilliseconds(300) : null);
        telegram.Fail(fault);

        var delivery = await api.SendAsync("-42", "<b>x</b> &lt;", CancellationToken.None);

        Assert.Equal((status, detail), (delivery.Status, delivery.Detail));
        Assert.Equal(retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null, delivery.RetryAfter);
        Assert.Equal(fault == TelegramFault.None ? [new TelegramMessage("-42", "<b>x</b> &lt;", "HTML")] : [], telegram.Messages);
    }

    [Fact]
    public async Task A_wrong_token_is_rejected_for_good_and_not_repeated_in_the_detail()
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var api = new TelegramBotApi(services.GetRequiredService<IHttpClientFactory>(), telegram.ApiUrl, new Secret("999:wrong-token"));

        var delivery = await api.SendAsync("-42", "hello", CancellationToken.None);
        var poll = await api.GetUpdatesAsync(0, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(ChatDeliveryStatus.Rejected, delivery.Status);
        Assert.DoesNotContain("wrong-token", delivery.Detail, StringComparison.Ordinal);
        Assert.False(poll.Ok);
    }

    [Fact]
    public async Task Updates_are_read_with_their_sender_chat_and_text_and_the_offset_confirms_them()
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var api = new TelegramBotApi(services.GetRequiredService<IHttpClientFactory>(), telegram.ApiUrl, new Secret(telegram.Token));
        telegram.SendCommand(111, "/status", chatId: -500);

        var first = await api.GetUpdatesAsync(0, TimeSpan.Zero, CancellationToken.None);
        var command = Assert.Single(first.Updates).Command;
        var after = await api.GetUpdatesAsync(first.Updates[0].UpdateId + 1, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal((111L, "-500", "/status"), (command!.UserId, command.ChatId, command.Text));
        Assert.True(after.Ok);
        Assert.Empty(after.Updates);
    }
}
