using CryptoAiBot.Application.Ports;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Messaging;

/// <summary>
/// The single-process event bus. Every subscription owns a bounded queue (<see cref="DefaultCapacity"/>
/// events, dropping the oldest when full and counting it in <see cref="DroppedEvents"/>) and a consumer
/// task; <see cref="PublishAsync"/> only enqueues and never awaits a handler. A slow subscriber therefore
/// loses its own oldest events instead of delaying the publisher or other subscribers, and a throwing
/// handler is logged, counted in <see cref="FailedDeliveries"/> and keeps receiving later events.
/// Topic <c>*</c> receives every event. Disposing completes every queue and waits a bounded time for
/// the consumers to drain, then cancels the handlers still running.
/// </summary>
public sealed class InMemoryEventBus : IEventBus, IAsyncDisposable
{
    /// <summary>Events queued per subscription before the oldest are dropped.</summary>
    public const int DefaultCapacity = 1024;

    /// <summary>How long <see cref="DisposeAsync"/> lets subscribers drain their queues.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly object _gate = new();
    private readonly ILogger<InMemoryEventBus> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private EventSubscription[] _subscriptions = [];
    private long _dropped;
    private long _failures;
    private bool _disposed;

    /// <param name="logger">Receives handler failures and drop warnings.</param>
    /// <param name="timeProvider">Clock for the bounded drain on dispose.</param>
    /// <param name="capacity">Events queued per subscription before the oldest are dropped.</param>
    /// <param name="metrics">Where the queue depth and the dropped events are exported; not at all when null.</param>
    public InMemoryEventBus(ILogger<InMemoryEventBus> logger, TimeProvider timeProvider, int capacity = DefaultCapacity, Application.Telemetry.BotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _logger = logger;
        _timeProvider = timeProvider;
        _capacity = capacity;
        metrics?.Meter.CreateObservableGauge("event_bus_queue_depth", () => QueuedEvents, "{event}", "Events queued for subscribers, over all subscriptions");
        metrics?.Meter.CreateObservableCounter("event_bus_dropped_events", () => DroppedEvents, "{event}", "Events dropped because a subscriber's queue was full");
    }

    /// <summary>Events dropped, over all subscriptions, because a subscriber's queue was full.</summary>
    public long DroppedEvents => Interlocked.Read(ref _dropped);

    /// <summary>Events waiting in the subscribers' queues now.</summary>
    public int QueuedEvents
    {
        get
        {
            var queued = 0;
            foreach (var subscription in Volatile.Read(ref _subscriptions))
            {
                queued += subscription.Reader.Count;
            }

            return queued;
        }
    }

    /// <summary>Handler invocations that threw.</summary>
    public long FailedDeliveries => Interlocked.Read(ref _failures);

    /// <inheritdoc />
    public ValueTask PublishAsync(BusEvent busEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(busEvent);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.Matches(busEvent.Topic))
            {
                subscription.Offer(busEvent);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string topic, Func<BusEvent, CancellationToken, ValueTask> handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new EventSubscription(topic, handler, _capacity, Remove, OnDropped);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _subscriptions = [.. _subscriptions, subscription];
            // Started under the lock so that DisposeAsync always sees the real consumer task.
            subscription.Consumer = Task.Run(() => ConsumeAsync(subscription));
        }

        return subscription;
    }

    /// <inheritdoc />
    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(!_disposed);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        EventSubscription[] subscriptions;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            subscriptions = _subscriptions;
            _subscriptions = [];
        }

        foreach (var subscription in subscriptions)
        {
            subscription.Complete();
        }

        using var deadline = new CancellationTokenSource(DrainTimeout, _timeProvider);
        try
        {
            await Task.WhenAll(subscriptions.Select(s => s.Consumer)).WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            InMemoryEventBusLog.DrainTimedOut(_logger, DrainTimeout);
            foreach (var subscription in subscriptions)
            {
                subscription.Cancel();
            }
        }
    }

    private async Task ConsumeAsync(EventSubscription subscription)
    {
        var token = subscription.Token;
        try
        {
            while (await subscription.Reader.WaitToReadAsync(token))
            {
                while (!token.IsCancellationRequested && subscription.Reader.TryRead(out var busEvent))
                {
                    try
                    {
                        await subscription.Handler(busEvent, token);
                    }
                    catch (OperationCanceledException) when (token.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception exception)
                    {
                        Interlocked.Increment(ref _failures);
                        InMemoryEventBusLog.HandlerFailed(_logger, exception, subscription.Topic, busEvent.Topic);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Unsubscribed or the bus stopped waiting: queued events are abandoned on purpose.
        }
    }

    private void Remove(EventSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions.Where(s => !ReferenceEquals(s, subscription))];
        }
    }

    private void OnDropped(EventSubscription subscription, long droppedBySubscription)
    {
        Interlocked.Increment(ref _dropped);
        // First drop and every thousandth: a stuck subscriber must be visible without flooding the log.
        if (droppedBySubscription == 1 || droppedBySubscription % 1000 == 0)
        {
            InMemoryEventBusLog.EventsDropped(_logger, subscription.Topic, droppedBySubscription);
        }
    }
}
