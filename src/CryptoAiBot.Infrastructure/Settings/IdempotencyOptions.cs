namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>How duplicate intents are recognised: IDEMPOTENCY_BUCKET_MS, IDEMPOTENCY_TTL_SEC.</summary>
public sealed class IdempotencyOptions
{
    /// <summary>Intents for the same symbol and side within one bucket share a key, so a repeat is dropped.</summary>
    public TimeSpan Bucket { get; init; } = TimeSpan.FromMilliseconds(60000);

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(3600);

    internal static IdempotencyOptions Read(VariableReader r)
    {
        var d = new IdempotencyOptions();
        return new IdempotencyOptions
        {
            Bucket = r.Duration("IDEMPOTENCY_BUCKET_MS", d.Bucket, TimeSpan.FromMilliseconds(1)),
            Ttl = r.Duration("IDEMPOTENCY_TTL_SEC", d.Ttl, TimeSpan.FromSeconds(1)),
        };
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["IDEMPOTENCY_BUCKET_MS"] = SettingText.Milliseconds(Bucket);
        into["IDEMPOTENCY_TTL_SEC"] = SettingText.Seconds(Ttl);
    }
}
