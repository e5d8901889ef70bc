using System.Security.Cryptography;
using System.Text;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate.io APIv4 request signing (facts.md §2):
/// <c>SIGN = hex(HMAC-SHA512(secret as UTF-8, METHOD \n /api/v4/path \n raw query \n hex(SHA512(body bytes)) \n timestamp))</c>.
/// The query and body passed here must be the exact string and bytes that go on the wire; nothing is re-encoded.
/// </summary>
public static class GateSigner
{
    /// <summary>Lowercase hex SHA-512 of the exact body bytes (of nothing for GET and DELETE).</summary>
    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA512.HashData(body));

    /// <summary>The string that is signed.</summary>
    public static string SignatureString(string method, string signedPath, string query, ReadOnlySpan<byte> body, string timestamp) =>
        $"{method.ToUpperInvariant()}\n{signedPath}\n{query}\n{HashBody(body)}\n{timestamp}";

    /// <summary>The <c>SIGN</c> header value: 128 lowercase hex characters.</summary>
    public static string Sign(string secret, string method, string signedPath, string query, ReadOnlySpan<byte> body, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var message = Encoding.UTF8.GetBytes(SignatureString(method, signedPath, query, body, timestamp));
        return Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    internal static string Sign(GateCredentials credentials, string method, string signedPath, string query, ReadOnlySpan<byte> body, string timestamp) =>
        Sign(credentials.ApiSecret.Reveal(), method, signedPath, query, body, timestamp);
}
