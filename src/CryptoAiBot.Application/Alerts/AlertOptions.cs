namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// Where alerts go and how many: <see cref="ChatId"/> receives them; an alert with the same key as one sent less than
/// <see cref="DedupWindow"/> ago is collapsed into it (zero turns de-duplication off); at most
/// <see cref="MaxPerMinute"/> messages leave per rolling minute; at most <see cref="QueueCapacity"/> wait for delivery;
/// failed sends are retried after 1 s, 2 s, 4 s … up to <see cref="RetryMax"/> (or when the service says).
/// </summary>
public sealed record AlertOptions(string ChatId, TimeSpan DedupWindow, int MaxPerMinute, int QueueCapacity, TimeSpan RetryMax)
{
    /// <summary>The first retry delay; each further attempt doubles it up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryBase { get; init; } = TimeSpan.FromSeconds(1);
}
