namespace CryptoAiBot.Testing;

/// <summary>A <c>sendMessage</c> the fake Bot API accepted: the chat, the text and the parse mode as sent.</summary>
public sealed record TelegramMessage(string ChatId, string Text, string? ParseMode);
