using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Messaging;

internal static partial class InMemoryEventBusLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Event bus subscriber of {SubscriptionTopic} failed on a {Topic} event; it keeps receiving later events")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string subscriptionTopic, string topic);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Event bus subscriber of {SubscriptionTopic} is too slow: {DroppedEvents} events dropped so far (oldest first)")]
    public static partial void EventsDropped(ILogger logger, string subscriptionTopic, long droppedEvents);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Event bus subscribers did not drain within {Timeout}; cancelling their handlers")]
    public static partial void DrainTimedOut(ILogger logger, TimeSpan timeout);
}
