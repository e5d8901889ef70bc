using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Outbox;

/// <summary>
/// Drains committed outbox messages to the event bus, oldest first, and marks them published. A
/// message is published at least once: a crash between publishing and marking repeats it, so
/// subscribers treat events as idempotent. Nothing rolled back ever reaches the outbox.
/// </summary>
public sealed partial class OutboxPublisher(ITradingStore store, IEventBus bus, TimeProvider time, ILogger<OutboxPublisher> logger)
    : IOutboxSignal
{
    private const int BatchSize = 200;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private long _published;

    public long PublishedCount => Interlocked.Read(ref _published);

    public void Notify()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: one wake-up drains everything.
            }
        }
    }

    /// <summary>Publishes everything pending; returns how many messages went out.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var batch = await store.GetUnpublishedEventsAsync(BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return total;
            }

            // Indexed loops: a backtest drains the outbox after every trade, so this path should allocate only what it sends.
            var unread = bus as IUnreadEventSink;
            var ids = new long[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                var message = batch[i];
                ids[i] = message.Id;
                if (unread is null)
                {
                    await bus.PublishAsync(
                        new BusEvent(message.Topic, message.PayloadJson, message.CreatedAt, message.Symbol, message.TraceId),
                        cancellationToken).ConfigureAwait(false);
                    LogPublished(logger, message.Topic, message.Id, message.Symbol ?? "-", message.TraceId ?? "-");
                }
            }

            unread?.Take(batch.Count);

            await store.MarkEventsPublishedAsync(ids, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            total += batch.Count;
            Interlocked.Add(ref _published, batch.Count);
        }
    }

    /// <summary>Runs until cancelled: drains on every signal and at least every <paramref name="pollInterval"/>.</summary>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await PublishPendingAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPublishFailed(logger, ex);
            }

            try
            {
                using var timeout = new CancellationTokenSource(pollInterval, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
                await _wake.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Poll interval elapsed.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Publishing outbox events failed; will retry")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);

    // The publisher drains on its own task, outside the loop pass that wrote the event: the event's own trace id is
    // logged explicitly so the line joins that pass's lines.
    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Published {Topic} event {OutboxId} for {Symbol} (trace {TraceId})")]
    private static partial void LogPublished(ILogger logger, string topic, long outboxId, string symbol, string traceId);
}
