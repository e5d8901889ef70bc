using System.Security.Cryptography;
using System.Text;

namespace CryptoAiBot.ExchangeSim.Auth;

/// <summary>
/// Gate API v4's request signature, written from the protocol notes (facts §2), independent of the bot's client:
/// <c>hex(HMAC-SHA512(secret, METHOD \n path \n query \n hex(SHA512(body)) \n timestamp))</c>, lowercase hex,
/// the secret's UTF-8 bytes as key, the path including <c>/api/v4</c>, the query exactly as sent without '?'.
/// </summary>
internal static class GateSignature
{
    public static string SignatureString(string method, string path, string query, ReadOnlySpan<byte> body, string timestamp) =>
        $"{method.ToUpperInvariant()}\n{path}\n{query}\n{Convert.ToHexStringLower(SHA512.HashData(body))}\n{timestamp}";

    public static string Sign(string secret, string method, string path, string query, ReadOnlySpan<byte> body, string timestamp) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(SignatureString(method, path, query, body, timestamp))));

    /// <summary>Constant-time comparison, case-insensitive in the hex digits.</summary>
    public static bool Matches(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented.ToLowerInvariant()));
}
