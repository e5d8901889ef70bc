namespace CryptoAiBot.Application.Ports;

/// <summary>
/// The outcome of one send: delivered, worth retrying (rate limited, server error, network; <see cref="RetryAfter"/>
/// when the service said how long to wait) or rejected for good (bad chat, malformed message).
/// </summary>
public sealed record ChatDelivery(ChatDeliveryStatus Status, string Detail, TimeSpan? RetryAfter = null)
{
    public static ChatDelivery Sent { get; } = new(ChatDeliveryStatus.Sent, "sent");

    public static ChatDelivery Retry(string detail, TimeSpan? retryAfter = null) => new(ChatDeliveryStatus.RetryLater, detail, retryAfter);

    public static ChatDelivery Rejected(string detail) => new(ChatDeliveryStatus.Rejected, detail);
}
