using System.Security.Cryptography;
using System.Text;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Execution;

/// <summary>
/// Turns an intent into its idempotency key and client order id. The client order id is a hash of
/// the key, so the same intent always gets the same id — even from a process that crashed before
/// storing anything, the exchange sees the same id again and the order can be found by it.
/// </summary>
public static class IntentKey
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string For(Symbol symbol, OrderSide side, string intent, DateTimeOffset now, TimeSpan bucket)
    {
        var bucketMs = Math.Max(1L, (long)bucket.TotalMilliseconds);
        var index = now.ToUnixTimeMilliseconds() / bucketMs;
        return $"{symbol}|{side.ToString().ToLowerInvariant()}|{intent}|{bucketMs}|{index}";
    }

    /// <summary>22 characters: <c>c</c> and 105 bits of the key's SHA-256, leaving room for suffixes like <c>-pf</c>.</summary>
    public static ClientOrderId ClientOrderIdFor(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        var chars = new char[22];
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

        return new ClientOrderId(new string(chars));
    }
}
