using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// A credential read from configuration. It prints and serializes as <c>***</c> (empty when unset), so
/// passing it to a logger, an interpolated string or a JSON response cannot leak it; the value is only
/// reachable through <see cref="Reveal"/>, which makes every use visible in review.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(SecretJsonConverter))]
public sealed class Secret
{
    /// <summary>What a set secret prints as.</summary>
    public const string Mask = "***";

    private readonly string _value;

    public Secret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The unset secret.</summary>
    public static Secret None { get; } = new("");

    public bool IsSet => _value.Length > 0;

    /// <summary>The raw value, for the one place that must send it (a signer, a connection string). Never log it.</summary>
    public string Reveal() => _value;

    /// <summary>
    /// Compares a candidate (e.g. a bearer token from a request) with the secret in time independent of
    /// where they differ. An unset secret matches nothing.
    /// </summary>
    public bool Matches(string? candidate)
    {
        if (!IsSet || candidate is null)
        {
            return false;
        }

        // Hashing first makes the comparison length independent too.
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(_value));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(candidate));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary><c>***</c> when set, empty when unset; never the value.</summary>
    public override string ToString() => IsSet ? Mask : "";
}
