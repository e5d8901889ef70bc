using System.Security.Cryptography;
using System.Text;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Execution;

/// <summary>
/// Turns an intent into its idempotency key and client order id. The client order id is a hash of
/// the key, so the same intent always gets the same id — even from a process that crashed before
/// storing anything, the exchange sees the same id again and the order can be found by it.
/// The derivation must never change: ids already sent to an exchange are looked up by it after a restart.
/// </summary>
public static class IntentKey
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int IdLength = 22;

    /// <summary>Keys longer than this (an unusual intent name) are hashed from a heap buffer instead of the stack.</summary>
    private const int StackKeyBytes = 512;

    // One reusable hash per thread: the one-shot SHA256.HashData sets up and tears down a native digest context
    // on every call, which is most of the cost of an id. Lives as long as its thread, like the thread's other statics.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    public static string For(Symbol symbol, OrderSide side, string intent, DateTimeOffset now, TimeSpan bucket)
    {
        var bucketMs = Math.Max(1L, (long)bucket.TotalMilliseconds);
        var index = now.ToUnixTimeMilliseconds() / bucketMs;

        // Spelled out rather than formatting the symbol and lower-casing the side: the same text, without
        // the intermediate strings (this runs for every order a backtest places).
        return $"{symbol.Base}/{symbol.Quote}|{side.Lowercase()}|{intent}|{bucketMs}|{index}";
    }

    /// <summary>
    /// The key of an operator's order: the operator's own idempotency key, without a time bucket, so every retry of
    /// the same request maps to the same client order id however late it comes.
    /// </summary>
    public static string ForOperator(Symbol symbol, OrderSide side, string intent, string operatorKey) =>
        $"{symbol.Base}/{symbol.Quote}|{side.Lowercase()}|{intent}|key|{operatorKey}";

    /// <summary>22 characters: <c>c</c> and 105 bits of the key's SHA-256, leaving room for suffixes like <c>-pf</c>.</summary>
    public static ClientOrderId ClientOrderIdFor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[32];
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> utf8 = length <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : new byte[length];
        var written = Encoding.UTF8.GetBytes(key, utf8);
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(utf8[..written]);
        sha256.GetHashAndReset(hash);
        return new ClientOrderId(Base32(hash));
    }

    private static string Base32(ReadOnlySpan<byte> hash)
    {
        Span<char> chars = stackalloc char[IdLength];
        chars[0] = 'c';
        var bitBuffer = 0;
        var bits = 0;
        var byteIndex = 0;
        for (var i = 1; i < chars.Length; i++)
        {
            while (bits < 5)
            {
                bitBuffer = (bitBuffer << 8) | hash[byteIndex++];
                bits += 8;
            }

            bits -= 5;
            chars[i] = Alphabet[(bitBuffer >> bits) & 31];
        }

        return new string(chars);
    }
}
