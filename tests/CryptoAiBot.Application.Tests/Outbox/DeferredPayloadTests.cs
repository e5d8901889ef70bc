using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Infrastructure.Messaging;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Application.Tests.Outbox;

/// <summary>
/// An outbox body serialized on first read is the same JSON as one serialized at once; a bus with listeners gets
/// it, and a backtest's bus that nobody reads gets the same messages published without their bodies ever being made.
/// </summary>
public sealed class DeferredPayloadTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TradeRefusedPayload Refused = new("BTC/USDT", "buy", "entry", 12.5m, "BelowMinimum", "Amount \"12.5\" <below> 3");

    [Fact]
    public void Deferred_body_is_the_json_of_an_eager_one_made_once_and_equal_to_it()
    {
        var deferred = EventJson.Deferred(Refused);

        Assert.Equal(EventJson.Serialize(Refused), deferred.Text);
        Assert.Same(deferred.Text, deferred.Text);
        Assert.False(deferred.IsMissing);
        Assert.Equal(EventPayload.Json(EventJson.Serialize(Refused)), deferred);
        Assert.Equal(OutboxMessage.New("trade.failed", EventJson.Serialize(Refused), "BTC/USDT", "tr", T0), EventJson.Outbox("trade.failed", Refused, "BTC/USDT", "tr", T0));
        Assert.True(EventPayload.Json(null).IsMissing);
    }

    [Fact]
    public async Task Bus_with_listeners_receives_the_json_of_deferred_bodies_in_commit_order()
    {
        var store = TradingStoreFactory.InMemory();
        var bus = new RecordingEventBus();
        var counting = new CountingPayload("{\"n\":1}");
        await store.CommitAsync(new StoreChanges { Events = [OutboxMessage.New("a", counting, null, null, T0), EventJson.Outbox("b", Refused, "BTC/USDT", null, T0)] }, None);

        var published = await new OutboxPublisher(store, bus, new ManualTimeProvider(), NullLogger<OutboxPublisher>.Instance).PublishPendingAsync(None);

        Assert.Equal(2, published);
        Assert.Equal(["{\"n\":1}", EventJson.Serialize(Refused)], bus.Events.Select(e => e.PayloadJson));
        Assert.Equal(1, counting.Serializations);
        Assert.Empty(await store.GetUnpublishedEventsAsync(10, None));
    }

    [Fact]
    public async Task Unread_bus_takes_every_message_without_its_body_being_serialized()
    {
        var store = TradingStoreFactory.InMemory();
        var bus = new DiscardingEventBus();
        var counting = new CountingPayload("{}");
        await store.CommitAsync(new StoreChanges { Events = [OutboxMessage.New("a", counting, null, null, T0), OutboxMessage.New("b", counting, null, null, T0)] }, None);

        var published = await new OutboxPublisher(store, bus, new ManualTimeProvider(), NullLogger<OutboxPublisher>.Instance).PublishPendingAsync(None);

        Assert.Equal((2, 2L), (published, bus.Published));
        Assert.Equal(0, counting.Serializations);
        Assert.Empty(await store.GetUnpublishedEventsAsync(10, None));
    }

    [Fact]
    public async Task Database_store_writes_the_json_of_a_deferred_body_in_its_commit()
    {
        var store = await TradingStoreFactory.OpenSqliteAsync(":memory:", TimeProvider.System, None);
        try
        {
            await store.CommitAsync(new StoreChanges { Events = [EventJson.Outbox("trade.failed", Refused, "BTC/USDT", "tr", T0)] }, None);

            Assert.Equal(EventJson.Serialize(Refused), Assert.Single(await store.GetUnpublishedEventsAsync(10, None)).PayloadJson);
        }
        finally
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }

    private sealed class CountingPayload(string json) : EventPayload
    {
        public int Serializations { get; private set; }

        public override bool IsMissing => false;

        protected override string Serialize()
        {
            Serializations++;
            return json;
        }
    }
}
