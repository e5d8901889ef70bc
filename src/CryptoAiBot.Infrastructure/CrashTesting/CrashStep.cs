namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>The steps of an order's path a crash test can kill the process at, in the order an order passes them.</summary>
public enum CrashStep
{
    /// <summary>The intent's idempotency key and pending order are committed; nothing was sent yet.</summary>
    IntentStored,

    /// <summary>The exchange has handled the placement; its answer never reaches the broker adapter.</summary>
    RequestSent,

    /// <summary>The broker adapter has the exchange's report of the order; nothing of it is recorded yet.</summary>
    ResponseReceived,

    /// <summary>The order's fills, position and events are committed; the events are not published yet.</summary>
    FillsRecorded,

    /// <summary>A trade event went out on the bus; the outbox does not know yet that it was published.</summary>
    EventPublished,
}
