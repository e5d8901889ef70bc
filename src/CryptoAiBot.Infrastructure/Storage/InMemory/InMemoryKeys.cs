using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The idempotency keys of the in-memory store: which order each key points to, and until when it is live.
/// Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class InMemoryKeys
{
    private readonly Dictionary<string, (ClientOrderId ClientOrderId, long ExpiresAtMs)> _keys = new(StringComparer.Ordinal);

    /// <summary>The order a key still live at <paramref name="atMs"/> points to (expiry is exclusive).</summary>
    public bool TryGetLive(string key, long atMs, out ClientOrderId clientOrderId)
    {
        if (_keys.TryGetValue(key, out var live) && live.ExpiresAtMs > atMs)
        {
            clientOrderId = live.ClientOrderId;
            return true;
        }

        clientOrderId = default;
        return false;
    }

    public void Reserve(string key, ClientOrderId clientOrderId, long expiresAtMs) => _keys[key] = (clientOrderId, expiresAtMs);

    /// <summary>Deletes the keys expired at or before <paramref name="nowMs"/>; returns how many.</summary>
    public int Purge(long nowMs)
    {
        var expired = _keys.Where(k => k.Value.ExpiresAtMs <= nowMs).Select(k => k.Key).ToList();
        expired.ForEach(key => _keys.Remove(key));
        return expired.Count;
    }
}
