using System.Collections.Concurrent;
using CryptoAiBot.Application.Alerts;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Application.Tests.Alerts;

/// <summary>The bounded alert queue under an outage, on a manual clock: what waits, what is dropped, what is reported.</summary>
public sealed class AlertPublisherTests
{
    [Fact]
    public async Task An_outage_keeps_alerts_up_to_the_queue_bound_delivers_them_in_order_afterwards_and_reports_the_ones_dropped()
    {
        var time = new ManualTimeProvider();
        var chat = new ScriptedChat { Down = true };
        using var publisher = new AlertPublisher(
            new RecordingEventBus(), chat, new AlertOptions("-1", TimeSpan.Zero, 1000, QueueCapacity: 3, RetryMax: TimeSpan.FromSeconds(4)),
            time, NullLogger<AlertPublisher>.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var sender = publisher.RunAsync(stop.Token);

        var offered = Enumerable.Range(1, 5).Select(i => publisher.Offer(new Alert($"k{i}", $"alert {i}"))).ToList();
        Assert.True(await Eventually.HoldsAsync(() => chat.Attempts >= 1));
        var queuedDuringOutage = publisher.Queued;

        chat.Down = false;
        // Moves the clock until the retry timer fires (bounded): the sender may register its delay just after a step.
        Assert.True(await Eventually.HoldsAsync(() => { time.Advance(TimeSpan.FromSeconds(1)); return chat.Sent.Count == 4; }), string.Join(" | ", chat.Sent));
        publisher.Complete();
        await sender;

        Assert.Equal([true, true, true, false, false], offered);
        Assert.Equal(3, queuedDuringOutage);
        Assert.Equal(["alert 1", "alert 2", "alert 3"], chat.Sent.Take(3));
        Assert.StartsWith("⚠️ <b>2 alerts were lost</b>", chat.Sent[3], StringComparison.Ordinal);
        Assert.Equal((2L, 4L), (publisher.Dropped, publisher.Sent));
    }

    [Fact]
    public async Task An_alert_the_chat_rejects_for_good_is_skipped_and_the_next_one_delivered()
    {
        var chat = new ScriptedChat { RejectText = "bad" };
        using var publisher = new AlertPublisher(
            new RecordingEventBus(), chat, new AlertOptions("-1", TimeSpan.Zero, 1000, 10, TimeSpan.FromSeconds(1)), new ManualTimeProvider(), NullLogger<AlertPublisher>.Instance);

        publisher.Offer(new Alert("a", "bad"));
        publisher.Offer(new Alert("b", "good"));
        publisher.Complete();
        await publisher.RunAsync(CancellationToken.None);

        Assert.Equal(["good"], chat.Sent);
        Assert.Equal(1, publisher.Rejected);
    }

    private sealed class ScriptedChat : IChatMessenger
    {
        private readonly ConcurrentQueue<string> _sent = new();
        private int _attempts;

        public volatile bool Down;

        public string? RejectText { get; init; }

        public int Attempts => Volatile.Read(ref _attempts);

        public IReadOnlyList<string> Sent => [.. _sent];

        public Task<ChatDelivery> SendAsync(string chatId, string html, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (Down)
            {
                return Task.FromResult(ChatDelivery.Retry("HTTP 502"));
            }

            if (html == RejectText)
            {
                return Task.FromResult(ChatDelivery.Rejected("HTTP 400: can't parse entities"));
            }

            _sent.Enqueue(html);
            return Task.FromResult(ChatDelivery.Sent);
        }
    }
}
