using System.Threading.Channels;
using CryptoAiBot.Application.Ports;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// Sends the operator an alert for every event of <see cref="AlertFormatter.Topics"/>. Invariants:
/// <list type="bullet">
/// <item>Nothing on the trading path waits for the chat: the bus handler only formats, throttles and offers the alert to
/// a bounded queue without waiting; one sender task delivers the queue in order.</item>
/// <item>A send that may succeed later (rate limited, server error, network, timeout) is retried with backoff, the alert
/// staying at the head of the queue, so an outage delays alerts and loses none while the queue has room.</item>
/// <item>When the queue is full, new alerts are dropped (the first ones of an incident are usually its cause) and
/// counted; once the queue has drained, one message says how many were lost.</item>
/// <item>A send the service refuses for good (unknown chat, malformed text) is logged and skipped: retrying cannot help.</item>
/// </list>
/// </summary>
public sealed class AlertPublisher : IDisposable
{
    /// <summary>Attempts per alert before it is given up: at the default 60 s cap this is more than a week of outage.</summary>
    public const int MaxAttempts = 10_000;

    private readonly IEventBus _bus;
    private readonly IChatMessenger _messenger;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertPublisher> _logger;
    private readonly AlertThrottle _throttle;
    private readonly Channel<Alert> _queue;
    private readonly List<IDisposable> _subscriptions = [];
    private long _sent;
    private long _dropped;
    private long _rejected;
    private long _droppedUnreported;

    public AlertPublisher(IEventBus bus, IChatMessenger messenger, AlertOptions options, TimeProvider time, ILogger<AlertPublisher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1);
        _bus = bus;
        _messenger = messenger;
        _options = options;
        _time = time;
        _logger = logger;
        _throttle = new AlertThrottle(options.DedupWindow, options.MaxPerMinute);
        _queue = Channel.CreateBounded<Alert>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails instead of waiting: the caller counts a drop.
            SingleReader = true,
        });
    }

    public long Sent => Interlocked.Read(ref _sent);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Duplicates => _throttle.Duplicates;

    public long RateLimited => _throttle.RateLimited;

    /// <summary>Alerts waiting for delivery, the one being sent included.</summary>
    public int Queued => _queue.Reader.Count;

    /// <summary>Subscribes to every alerted topic; the sender (<see cref="RunAsync"/>) delivers what they queue.</summary>
    public void Subscribe()
    {
        foreach (var topic in AlertFormatter.Topics)
        {
            _subscriptions.Add(_bus.Subscribe(topic, (busEvent, _) =>
            {
                if (AlertFormatter.Format(busEvent) is { } alert)
                {
                    Offer(alert);
                }

                return ValueTask.CompletedTask;
            }));
        }
    }

    /// <summary>Throttles and queues <paramref name="alert"/> without waiting; false when it was collapsed, rate limited or dropped.</summary>
    public bool Offer(Alert alert)
    {
        if (_throttle.Admit(alert, _time.GetUtcNow()) is not { } admitted)
        {
            return false;
        }

        if (_queue.Writer.TryWrite(admitted))
        {
            return true;
        }

        var dropped = Interlocked.Increment(ref _dropped);
        Interlocked.Increment(ref _droppedUnreported);
        if (dropped == 1 || dropped % 100 == 0)
        {
            AlertLog.QueueFull(_logger, _options.QueueCapacity, dropped);
        }

        return false;
    }

    /// <summary>Delivers queued alerts in order until the queue is completed and empty, or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Peeked, not read: the alert in flight still counts against the queue bound until it is delivered.
                while (reader.TryPeek(out var alert))
                {
                    await DeliverAsync(alert.Html, cancellationToken).ConfigureAwait(false);
                    reader.TryRead(out _);
                    if (reader.Count == 0 && Interlocked.Exchange(ref _droppedUnreported, 0) is var lost and > 0)
                    {
                        await DeliverAsync(
                            $"⚠️ <b>{lost} alerts were lost</b>: the queue of {_options.QueueCapacity} was full while the chat could not be reached.",
                            cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (reader.Count > 0)
            {
                AlertLog.Abandoned(_logger, reader.Count);
            }
        }
    }

    /// <summary>No more alerts: <see cref="RunAsync"/> delivers what is queued and returns.</summary>
    public void Complete()
    {
        Unsubscribe();
        _queue.Writer.TryComplete();
    }

    public void Dispose() => Unsubscribe();

    private void Unsubscribe()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _subscriptions.Clear();
    }

    private async Task DeliverAsync(string html, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            ChatDelivery result;
            try
            {
                result = await _messenger.SendAsync(_options.ChatId, html, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                result = ChatDelivery.Retry(ex.GetType().Name);
            }

            switch (result.Status)
            {
                case ChatDeliveryStatus.Sent:
                    Interlocked.Increment(ref _sent);
                    if (attempt > 1)
                    {
                        AlertLog.DeliveredAfterRetries(_logger, attempt, _queue.Reader.Count - 1);
                    }

                    return;
                case ChatDeliveryStatus.Rejected:
                    Interlocked.Increment(ref _rejected);
                    AlertLog.Rejected(_logger, result.Detail);
                    return;
            }

            var delay = result.RetryAfter is { } after && after > TimeSpan.Zero
                ? TimeSpan.FromTicks(Math.Min(after.Ticks, TimeSpan.FromHours(1).Ticks))
                : Backoff(attempt);
            if (attempt == 1 || attempt % 10 == 0)
            {
                AlertLog.Retrying(_logger, result.Detail, attempt, delay, _queue.Reader.Count);
            }

            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }

        AlertLog.GaveUp(_logger, MaxAttempts);
    }

    private TimeSpan Backoff(int attempt)
    {
        var ticks = _options.RetryBase.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(ticks, _options.RetryMax.Ticks));
    }
}
