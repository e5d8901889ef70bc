namespace CryptoAiBot.Application.Ports;

/// <summary>
/// Sends a message to a chat (Telegram). One attempt per call: the caller decides whether and when to retry, so
/// an alert queue can keep its order and its bound while the chat service is down.
/// </summary>
public interface IChatMessenger
{
    /// <summary>Sends <paramref name="html"/> (Telegram's HTML subset, already escaped) to <paramref name="chatId"/>.</summary>
    Task<ChatDelivery> SendAsync(string chatId, string html, CancellationToken cancellationToken);
}
