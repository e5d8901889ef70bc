namespace CryptoAiBot.Application.Ports;

/// <summary>
/// A message on the event bus. <see cref="Topic"/> is one of <see cref="Events.EventTopics"/>;
/// the payload is JSON so that every bus (in-memory, Redis) carries the same bytes.
/// </summary>
public sealed record BusEvent(
    string Topic,
    string PayloadJson,
    DateTimeOffset OccurredAt,
    string? Symbol = null,
    string? TraceId = null);
