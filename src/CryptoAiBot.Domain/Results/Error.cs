namespace CryptoAiBot.Domain.Results;

/// <summary>An expected failure: a code callers can branch on and a message people can read.</summary>
public sealed record Error(ErrorCode Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
