using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>The event bus with the crash test's <see cref="CrashStep.EventPublished"/> step: an order's event delivered, the outbox not yet told.</summary>
internal sealed class CrashingEventBus(IEventBus inner, CrashPlan plan) : IEventBus
{
    public async ValueTask PublishAsync(BusEvent busEvent, CancellationToken cancellationToken)
    {
        await inner.PublishAsync(busEvent, cancellationToken).ConfigureAwait(false);
        if (busEvent.Topic == EventTopics.OrderExecuted)
        {
            plan.Reached(CrashStep.EventPublished);
        }
    }

    public IDisposable Subscribe(string topic, Func<BusEvent, CancellationToken, ValueTask> handler) => inner.Subscribe(topic, handler);

    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => inner.IsHealthyAsync(cancellationToken);
}
