namespace CryptoAiBot.Infrastructure.Telegram;

/// <summary>The answer to one <c>getUpdates</c>: the updates, or why there are none (with Telegram's retry_after when rate limited).</summary>
internal sealed record TelegramPoll(bool Ok, IReadOnlyList<TelegramUpdate> Updates, string Detail, TimeSpan? RetryAfter = null)
{
    public static TelegramPoll Failed(string detail, TimeSpan? retryAfter = null) => new(false, [], detail, retryAfter);
}
