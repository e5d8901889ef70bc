namespace CryptoAiBot.Application.Commands;

/// <summary>A text message received from a chat user: who sent it, where to answer, what it says and when it was sent.</summary>
public sealed record ChatCommand(long UserId, string ChatId, string Text, DateTimeOffset SentAt);
