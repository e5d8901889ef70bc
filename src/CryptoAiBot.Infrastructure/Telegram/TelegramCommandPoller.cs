using CryptoAiBot.Application.Commands;
using CryptoAiBot.Application.Ports;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Telegram;

/// <summary>
/// Long-polls <c>getUpdates</c> and answers each text message through <see cref="ChatCommandHandler"/>. The offset
/// moves past every update once it is handled (a command that fails is answered with its error, never re-run). A failed
/// poll waits 1 s, 2 s, 4 s … up to a minute (or Telegram's retry_after) before the next.
/// </summary>
public sealed class TelegramCommandPoller
{
    /// <summary>How long Telegram holds a poll open waiting for a message.</summary>
    public static readonly TimeSpan PollWait = TimeSpan.FromSeconds(25);

    private const int ReplyAttempts = 3;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly TelegramBotApi _api;
    private readonly ChatCommandHandler _handler;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramCommandPoller> _logger;

    internal TelegramCommandPoller(TelegramBotApi api, ChatCommandHandler handler, TimeProvider time, ILogger<TelegramCommandPoller> logger)
    {
        _api = api;
        _handler = handler;
        _time = time;
        _logger = logger;
    }

    /// <summary>Commands answered so far.</summary>
    public long Answered { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        long offset = 0;
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var poll = await _api.GetUpdatesAsync(offset, PollWait, cancellationToken).ConfigureAwait(false);
                if (!poll.Ok)
                {
                    failures++;
                    var delay = poll.RetryAfter ?? TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, TimeSpan.FromSeconds(1).Ticks << Math.Min(failures - 1, 16)));
                    if (failures == 1 || failures % 10 == 0)
                    {
                        TelegramLog.PollFailed(_logger, poll.Detail, failures, delay);
                    }

                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                failures = 0;
                foreach (var update in poll.Updates)
                {
                    offset = Math.Max(offset, update.UpdateId + 1);
                    if (update.Command is { } command && await _handler.HandleAsync(command, cancellationToken).ConfigureAwait(false) is { } reply)
                    {
                        await ReplyAsync(command.ChatId, reply, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task ReplyAsync(string chatId, string html, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= ReplyAttempts; attempt++)
        {
            var delivery = await _api.SendAsync(chatId, html, cancellationToken).ConfigureAwait(false);
            if (delivery.Status == ChatDeliveryStatus.Sent)
            {
                Answered++;
                return;
            }

            if (delivery.Status == ChatDeliveryStatus.Rejected || attempt == ReplyAttempts)
            {
                TelegramLog.ReplyFailed(_logger, chatId, delivery.Detail, attempt);
                return;
            }

            await Task.Delay(delivery.RetryAfter ?? TimeSpan.FromSeconds(attempt), _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
