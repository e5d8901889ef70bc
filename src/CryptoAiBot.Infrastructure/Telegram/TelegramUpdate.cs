using CryptoAiBot.Application.Commands;

namespace CryptoAiBot.Infrastructure.Telegram;

/// <summary>One update from <c>getUpdates</c>: its id (the next poll's offset is the last id + 1) and the text message it carries, if any.</summary>
internal sealed record TelegramUpdate(long UpdateId, ChatCommand? Command);
