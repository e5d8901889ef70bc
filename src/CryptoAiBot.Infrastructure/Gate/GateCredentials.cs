using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A Gate.io API key and its secret. The secret is held as a <see cref="Secret"/> and only the signer reads it;
/// <see cref="ToString"/> shows the first characters of the key and never the secret, so a credentials object
/// that ends up in a log line or an exception message leaks nothing that signs.
/// </summary>
public sealed class GateCredentials
{
    public GateCredentials(string apiKey, Secret apiSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentNullException.ThrowIfNull(apiSecret);
        if (!apiSecret.IsSet)
        {
            throw new ArgumentException("The API secret is not set.", nameof(apiSecret));
        }

        ApiKey = apiKey;
        ApiSecret = apiSecret;
    }

    /// <summary>The public key id sent in the <c>KEY</c> header.</summary>
    public string ApiKey { get; }

    internal Secret ApiSecret { get; }

    /// <summary>Credentials from the settings, or null when either part is missing (public endpoints only).</summary>
    public static GateCredentials? From(ApiKeysOptions keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.IsSet ? new GateCredentials(keys.ApiKey.Reveal(), keys.ApiSecret) : null;
    }

    public override string ToString() =>
        $"GateCredentials(key {(ApiKey.Length > 4 ? ApiKey[..4] + "…" : "…")}, secret {Secret.Mask})";
}
