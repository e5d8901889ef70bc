using System.Collections.Concurrent;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Infrastructure.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Infrastructure.Tests.Messaging;

public sealed class InMemoryEventBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Slow_subscriber_delays_neither_the_publisher_nor_a_fast_subscriber()
    {
        await using var bus = Create();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fastGotAll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fastCount = 0;
        var slowCount = 0;
        using var slow = bus.Subscribe("trade.completed", async (_, _) =>
        {
            await release.Task;
            Interlocked.Increment(ref slowCount);
        });
        using var fast = bus.Subscribe("trade.completed", (_, _) =>
        {
            if (Interlocked.Increment(ref fastCount) == 100)
            {
                fastGotAll.SetResult();
            }

            return ValueTask.CompletedTask;
        });

        for (var i = 0; i < 100; i++)
        {
            var publish = bus.PublishAsync(Event("trade.completed", i), default);
            Assert.True(publish.IsCompletedSuccessfully, "publishing waited for a subscriber");
            await publish;
        }

        await fastGotAll.Task.WaitAsync(Patience);
        Assert.Equal(0, Volatile.Read(ref slowCount));

        release.SetResult();
        await bus.DisposeAsync(); // drains: the slow subscriber gets all 100 as well
        Assert.Equal(100, Volatile.Read(ref slowCount));
    }

    [Fact]
    public async Task Throwing_subscriber_is_logged_counted_and_keeps_receiving()
    {
        var logger = new RecordingLogger<InMemoryEventBus>();
        await using var bus = new InMemoryEventBus(logger, TimeProvider.System);
        var received = new ConcurrentQueue<int>();
        var gotThird = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = bus.Subscribe("order.filled", (e, _) =>
        {
            var n = int.Parse(e.PayloadJson);
            received.Enqueue(n);
            if (n == 3)
            {
                gotThird.SetResult();
            }

            return n == 1 ? throw new InvalidOperationException("boom") : ValueTask.CompletedTask;
        });

        for (var i = 1; i <= 3; i++)
        {
            await bus.PublishAsync(Event("order.filled", i), default);
        }

        await gotThird.Task.WaitAsync(Patience);
        Assert.Equal([1, 2, 3], received);
        Assert.Equal(1, bus.FailedDeliveries);
        var failure = Assert.Single(logger.Entries);
        Assert.Equal(4101, failure.EventId.Id);
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    [Fact]
    public async Task Wildcard_receives_every_topic_and_a_topic_only_its_own()
    {
        await using var bus = Create();
        var all = new ConcurrentQueue<string>();
        var risk = new ConcurrentQueue<string>();
        var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var wildcard = bus.Subscribe("*", (e, _) =>
        {
            all.Enqueue(e.Topic);
            if (all.Count == 3)
            {
                allDone.SetResult();
            }

            return ValueTask.CompletedTask;
        });
        using var riskOnly = bus.Subscribe("risk.blocked", (e, _) =>
        {
            risk.Enqueue(e.Topic);
            return ValueTask.CompletedTask;
        });

        await bus.PublishAsync(Event("trade.completed", 1), default);
        await bus.PublishAsync(Event("risk.blocked", 2), default);
        await bus.PublishAsync(Event("order.filled", 3), default);
        await allDone.Task.WaitAsync(Patience);
        await bus.DisposeAsync();

        Assert.Equal(["trade.completed", "risk.blocked", "order.filled"], all);
        Assert.Equal(["risk.blocked"], risk);
    }

    [Fact]
    public async Task Unsubscribed_handler_receives_nothing_more()
    {
        await using var bus = Create();
        var leaving = 0;
        var staying = new ConcurrentQueue<int>();
        var stayingGotThree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var leavingGotOne = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaver = bus.Subscribe("t", (_, _) =>
        {
            Interlocked.Increment(ref leaving);
            leavingGotOne.TrySetResult();
            return ValueTask.CompletedTask;
        });
        using var stayer = bus.Subscribe("t", (e, _) =>
        {
            staying.Enqueue(int.Parse(e.PayloadJson));
            if (staying.Count == 3)
            {
                stayingGotThree.SetResult();
            }

            return ValueTask.CompletedTask;
        });

        await bus.PublishAsync(Event("t", 1), default);
        await leavingGotOne.Task.WaitAsync(Patience);
        leaver.Dispose();
        await bus.PublishAsync(Event("t", 2), default);
        await bus.PublishAsync(Event("t", 3), default);
        await stayingGotThree.Task.WaitAsync(Patience);

        Assert.Equal(1, Volatile.Read(ref leaving));
        Assert.Equal([1, 2, 3], staying);
    }

    [Fact]
    public async Task Full_queue_drops_the_oldest_events_and_counts_them()
    {
        await using var bus = new InMemoryEventBus(NullLogger<InMemoryEventBus>.Instance, TimeProvider.System, capacity: 4);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<int>();
        using var subscription = bus.Subscribe("t", async (e, _) =>
        {
            received.Enqueue(int.Parse(e.PayloadJson));
            started.TrySetResult();
            await release.Task;
        });

        await bus.PublishAsync(Event("t", 0), default);
        await started.Task.WaitAsync(Patience); // event 0 is in the handler, the queue is empty
        for (var i = 1; i <= 9; i++)
        {
            await bus.PublishAsync(Event("t", i), default);
        }

        release.SetResult();
        await bus.DisposeAsync();

        Assert.Equal(5, bus.DroppedEvents);
        Assert.Equal([0, 6, 7, 8, 9], received);
    }

    [Fact]
    public async Task Disposed_bus_is_unhealthy_and_refuses_subscribers()
    {
        var bus = Create();
        Assert.True(await bus.IsHealthyAsync(default));

        await bus.DisposeAsync();

        Assert.False(await bus.IsHealthyAsync(default));
        Assert.Throws<ObjectDisposedException>(() => bus.Subscribe("t", (_, _) => ValueTask.CompletedTask));
        await bus.PublishAsync(Event("t", 1), default); // ignored, not thrown: shutdown order is not a bug
    }

    private static InMemoryEventBus Create() => new(NullLogger<InMemoryEventBus>.Instance, TimeProvider.System);

    private static BusEvent Event(string topic, int n) => new(topic, n.ToString(), Now);
}
