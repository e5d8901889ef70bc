using System.Threading.Channels;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Infrastructure.Messaging;

/// <summary>
/// One subscriber of the in-memory bus: its own bounded queue, its own consumer task and its own
/// cancellation, so that nothing it does reaches the publisher or another subscriber.
/// </summary>
internal sealed class EventSubscription : IDisposable
{
    private readonly Channel<BusEvent> _channel;
    private readonly CancellationTokenSource _cancellation;
    private readonly Action<EventSubscription> _onDispose;
    private long _dropped;
    private int _disposed;

    public EventSubscription(
        string topic,
        Func<BusEvent, CancellationToken, ValueTask> handler,
        int capacity,
        Action<EventSubscription> onDispose,
        Action<EventSubscription, long> onDropped)
    {
        Topic = topic;
        Handler = handler;
        _onDispose = onDispose;
        // Not linked to a bus-wide source: a linked source would stay registered after unsubscribing.
        _cancellation = new CancellationTokenSource();
        var options = new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        };
        _channel = Channel.CreateBounded<BusEvent>(
            options, _ => onDropped(this, Interlocked.Increment(ref _dropped)));
    }

    public string Topic { get; }

    public Func<BusEvent, CancellationToken, ValueTask> Handler { get; }

    public ChannelReader<BusEvent> Reader => _channel.Reader;

    /// <summary>Cancelled on unsubscribe or when the bus gives up draining.</summary>
    public CancellationToken Token => _cancellation.Token;

    public Task Consumer { get; set; } = Task.CompletedTask;

    public long DroppedEvents => Interlocked.Read(ref _dropped);

    public bool Matches(string topic) =>
        Topic == "*" || string.Equals(Topic, topic, StringComparison.Ordinal);

    /// <summary>Queues without waiting; a full queue drops its oldest event.</summary>
    public void Offer(BusEvent busEvent) => _channel.Writer.TryWrite(busEvent);

    /// <summary>No more events; the consumer drains what is queued and ends.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Stops the consumer at its next event and cancels the running handler's token.</summary>
    public void Cancel() => _cancellation.Cancel();

    /// <summary>Unsubscribes: nothing more is queued and the consumer stops at its next event.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _onDispose(this);
        Complete();
        Cancel();
    }
}
