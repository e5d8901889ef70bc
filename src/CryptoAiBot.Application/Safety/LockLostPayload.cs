namespace CryptoAiBot.Application.Safety;

/// <summary>The JSON body of <c>safety.lock.lost</c>: whose lock it was and what the bot did.</summary>
public sealed record LockLostPayload(string Owner, string Action);
