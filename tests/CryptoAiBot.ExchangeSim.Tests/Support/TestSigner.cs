using System.Security.Cryptography;
using System.Text;

namespace CryptoAiBot.ExchangeSim.Tests.Support;

/// <summary>The tests' own Gate v4 signer, written from facts.md §2 (not the simulator's, not the bot's).</summary>
public static class TestSigner
{
    public static string Sign(string secret, string method, string path, string query, string body, string timestamp)
    {
        var bodyHash = Hex(SHA512.HashData(Encoding.UTF8.GetBytes(body)));
        var message = $"{method}\n{path}\n{query}\n{bodyHash}\n{timestamp}";
        using var hmac = new HMACSHA512(Encoding.UTF8.GetBytes(secret));
        return Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes(message)));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
