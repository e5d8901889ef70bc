using System.Security.Cryptography;
using System.Text;

namespace CryptoAiBot.Host.Security;

/// <summary>
/// The bearer token that guards control endpoints. Compared in constant time over SHA-256 digests,
/// so neither the content nor the length of the token leaks through timing.
/// </summary>
public sealed class ControlToken
{
    private readonly byte[]? _digest;

    public ControlToken(string? token)
    {
        _digest = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    public bool IsEnabled => _digest is not null;

    public bool Matches(string candidate) =>
        _digest is not null && CryptographicOperations.FixedTimeEquals(_digest, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
}
