namespace CryptoAiBot.Application.Execution;

/// <summary>
/// How intents become idempotency keys: the same (symbol, side, intent) inside one
/// <see cref="Bucket"/> is one order; the key is kept for <see cref="KeyTtl"/>.
/// </summary>
public sealed record ExecutionPolicy(TimeSpan Bucket, TimeSpan KeyTtl)
{
    public static ExecutionPolicy Default { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
}
