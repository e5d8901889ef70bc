using System.Globalization;
using System.Text.Json;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate's clock as seen from here: the offset measured from <c>GET /spot/time</c> (server time minus the midpoint of
/// the local send and receive times). The signed <c>Timestamp</c> uses it, because Gate refuses a request more than
/// 60 s off its own clock. A <c>REQUEST_EXPIRED</c> answer marks the offset stale so the next private call re-measures.
/// </summary>
internal sealed class GateServerClock(TimeProvider time)
{
    private readonly object _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _measuredAt;

    public TimeSpan Offset
    {
        get
        {
            lock (_gate)
            {
                return _offset;
            }
        }
    }

    public DateTimeOffset ServerNow => time.GetUtcNow() + Offset;

    /// <summary>The <c>Timestamp</c> header: whole Unix seconds on the server's clock.</summary>
    public string Timestamp() => ServerNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public bool IsMeasured
    {
        get
        {
            lock (_gate)
            {
                return _measuredAt is not null;
            }
        }
    }

    public bool NeedsMeasuring(TimeSpan maxAge)
    {
        lock (_gate)
        {
            return _measuredAt is not { } at || time.GetUtcNow() - at >= maxAge;
        }
    }

    public TimeSpan Record(DateTimeOffset sentAt, DateTimeOffset receivedAt, DateTimeOffset serverTime)
    {
        var midpoint = sentAt + ((receivedAt - sentAt) / 2);
        lock (_gate)
        {
            _offset = serverTime - midpoint;
            _measuredAt = receivedAt;
            return _offset;
        }
    }

    public void MarkStale()
    {
        lock (_gate)
        {
            _measuredAt = _measuredAt is null ? null : DateTimeOffset.MinValue;
        }
    }

    /// <summary>Reads <c>{"server_time": 1731447921098}</c> (milliseconds; a string in some answers).</summary>
    public static DateTimeOffset ParseServerTime(JsonElement root) =>
        GateJson.FromMilliseconds(GateJson.Decimal(root, "time", "server_time"), "time.server_time");
}
