namespace CryptoAiBot.Application.Ports;

/// <summary>
/// Publish/subscribe for domain events. Publishing never waits for subscribers: a slow or throwing
/// subscriber blocks neither the publisher nor the other subscribers.
/// </summary>
public interface IEventBus
{
    /// <summary>Hands the event to every subscriber of its topic (and of <c>*</c>).</summary>
    ValueTask PublishAsync(BusEvent busEvent, CancellationToken cancellationToken);

    /// <summary>Subscribes to a topic, or to every topic with <c>*</c>; dispose to unsubscribe.</summary>
    IDisposable Subscribe(string topic, Func<BusEvent, CancellationToken, ValueTask> handler);

    /// <summary>Whether the bus can deliver (for health checks).</summary>
    ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken);
}
