namespace CryptoAiBot.Testing;

/// <summary>How <see cref="FakeTelegramServer"/> answers <c>sendMessage</c>: normally, with a 502, with 429 and retry_after, or never.</summary>
public enum TelegramFault
{
    None,
    ServerError,
    RateLimited,
    Hang,
}
