using CryptoAiBot.Application.Storage;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// Unpublished outbox messages by id. Ids grow with each commit, so commit order is id order: reading
/// walks ids upwards from the oldest unpublished one instead of keeping a sorted structure, and nothing
/// is allocated when nothing is pending. Published messages are never read back through the port, so
/// they are dropped. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class InMemoryOutbox
{
    private readonly Dictionary<long, OutboxMessage> _unpublished = [];
    private long _lastId;

    // No unpublished message has an id below this one.
    private long _oldest = 1;

    public void Add(OutboxMessage message)
    {
        _lastId++;
        _unpublished[_lastId] = message with { Id = _lastId, CreatedAt = UnixMilliseconds.Truncate(message.CreatedAt) };
    }

    /// <summary>Up to <paramref name="max"/> unpublished messages, oldest first.</summary>
    public IReadOnlyList<OutboxMessage> Oldest(int max)
    {
        var count = Math.Min(max, _unpublished.Count);
        if (count == 0)
        {
            return [];
        }

        var result = new OutboxMessage[count];
        var taken = 0;
        for (var id = _oldest; taken < count; id++)
        {
            if (_unpublished.TryGetValue(id, out var message))
            {
                result[taken++] = message;
            }
        }

        return result;
    }

    public void Remove(IReadOnlyCollection<long> ids)
    {
        if (ids is IReadOnlyList<long> list)
        {
            // Indexed, so that the usual array of ids is walked without an enumerator.
            for (var i = 0; i < list.Count; i++)
            {
                _unpublished.Remove(list[i]);
            }
        }
        else
        {
            foreach (var id in ids)
            {
                _unpublished.Remove(id);
            }
        }

        // The publisher marks the oldest messages, so this usually moves past exactly the ones just removed.
        while (_oldest <= _lastId && !_unpublished.ContainsKey(_oldest))
        {
            _oldest++;
        }
    }
}
