namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// Anti-spam in front of the chat: an alert whose key was sent less than the de-duplication window ago is collapsed
/// (and counted; the next one sent with that key says how many repeats it stands for), and no more than the rate limit
/// of alerts leave per rolling minute (the excess is counted and announced with the next alert let through). Pure
/// apart from its own state: time comes in as an argument. Thread-safe: several bus subscriptions call it.
/// </summary>
public sealed class AlertThrottle(TimeSpan dedupWindow, int maxPerMinute)
{
    private const int PruneAbove = 4096;
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset SentAt, int Repeats)> _recent = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _sent = new();
    private int _heldBack;

    /// <summary>Alerts collapsed into an identical one sent inside the window.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Alerts not sent because the rate limit was reached.</summary>
    public long RateLimited { get; private set; }

    /// <summary>The alert to send (with notes about what was collapsed or held back before it), or null to send nothing.</summary>
    public Alert? Admit(Alert alert, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            while (_sent.Count > 0 && now - _sent.Peek() >= RateWindow)
            {
                _sent.Dequeue();
            }

            var seen = _recent.TryGetValue(alert.Key, out var previous);
            if (seen && dedupWindow > TimeSpan.Zero && now - previous.SentAt < dedupWindow)
            {
                _recent[alert.Key] = (previous.SentAt, previous.Repeats + 1);
                Duplicates++;
                return null;
            }

            if (maxPerMinute > 0 && _sent.Count >= maxPerMinute)
            {
                _heldBack++;
                RateLimited++;
                return null;
            }

            var html = alert.Html;
            if (seen && previous.Repeats > 0)
            {
                html += $"\n<i>(repeated {previous.Repeats} more times after the previous message)</i>";
            }

            if (_heldBack > 0)
            {
                html += $"\n<i>({_heldBack} other alerts were held back by the rate limit of {maxPerMinute} a minute)</i>";
                _heldBack = 0;
            }

            _recent[alert.Key] = (now, 0);
            _sent.Enqueue(now);
            if (_recent.Count > PruneAbove)
            {
                foreach (var stale in _recent.Where(r => now - r.Value.SentAt >= dedupWindow).Select(r => r.Key).ToList())
                {
                    _recent.Remove(stale);
                }
            }

            return ReferenceEquals(html, alert.Html) ? alert : alert with { Html = html };
        }
    }
}
