namespace CryptoAiBot.Application.Ports;

/// <summary>Whether a chat message arrived, may arrive on a later attempt, or never will.</summary>
public enum ChatDeliveryStatus
{
    Sent,
    RetryLater,
    Rejected,
}
