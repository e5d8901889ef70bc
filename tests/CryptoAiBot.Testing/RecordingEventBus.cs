using System.Collections.Concurrent;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Testing;

/// <summary>An event bus that keeps every published event for assertions.</summary>
public sealed class RecordingEventBus : IEventBus
{
    private readonly ConcurrentQueue<BusEvent> _events = new();

    public IReadOnlyList<BusEvent> Events => [.. _events];

    public IReadOnlyList<BusEvent> Topic(string topic) => _events.Where(e => e.Topic == topic).ToArray();

    public ValueTask PublishAsync(BusEvent busEvent, CancellationToken cancellationToken)
    {
        _events.Enqueue(busEvent);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string topic, Func<BusEvent, CancellationToken, ValueTask> handler) =>
        throw new NotSupportedException("RecordingEventBus only records; use InMemoryEventBus to test subscribers.");

    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
