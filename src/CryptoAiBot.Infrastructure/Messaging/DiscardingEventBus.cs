using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Infrastructure.Messaging;

/// <summary>
/// A bus with no listeners, for backtests: events are produced exactly as in live (so the code path is the
/// same) and then dropped, because nobody watches a replay of history. As an <see cref="IUnreadEventSink"/> it
/// lets the outbox publisher skip building bus events (and serializing their payloads) that would only be dropped.
/// </summary>
public sealed class DiscardingEventBus : IEventBus, IUnreadEventSink
{
    private long _published;

    public long Published => Interlocked.Read(ref _published);

    public ValueTask PublishAsync(BusEvent busEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _published);
        return ValueTask.CompletedTask;
    }

    public void Take(int count) => Interlocked.Add(ref _published, count);

    public IDisposable Subscribe(string topic, Func<BusEvent, CancellationToken, ValueTask> handler) =>
        throw new NotSupportedException("Nothing subscribes during a backtest.");

    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
