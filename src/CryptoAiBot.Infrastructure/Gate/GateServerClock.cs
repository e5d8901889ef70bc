using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate's clock as seen from here: the offset measured from <c>GET /spot/time</c> (server time minus the midpoint of
/// the local send and receive times). The signed <c>Timestamp</c> uses it, because Gate refuses a request more than
/// 60 s off its own clock. A <c>REQUEST_EXPIRED</c> answer marks the offset stale so the next private call re-measures.
/// </summary>
internal sealed class GateServerClock(TimeProvider time) : IDisposable
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _measuring = new(1, 1);
    private TimeSpan _offset;
    private TimeSpan _uncertainty;
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

    /// <summary>
    /// How far <see cref="Offset"/> may be off: half the round trip it was measured over (the server read its clock
    /// somewhere in it), plus the millisecond Gate's time is truncated to. Zero until measured.
    /// </summary>
    public TimeSpan Uncertainty
    {
        get
        {
            lock (_gate)
            {
                return _uncertainty;
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
        var halfTrip = (receivedAt - sentAt) / 2;
        var midpoint = sentAt + halfTrip;
        lock (_gate)
        {
            _offset = serverTime - midpoint;
            _uncertainty = halfTrip + TimeSpan.FromMilliseconds(1);
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

    /// <summary>
    /// Measures the offset when it is missing, stale or older than <paramref name="maxAge"/>; one measurement at a time.
    /// A failed re-measurement keeps the last offset; only a clock never measured stops private requests (the error).
    /// </summary>
    public async ValueTask<Error?> EnsureMeasuredAsync(
        Func<CancellationToken, Task<Result<DateTimeOffset>>> measure, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        if (!NeedsMeasuring(maxAge))
        {
            return null;
        }

        await _measuring.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!NeedsMeasuring(maxAge))
            {
                return null;
            }

            var measured = await measure(cancellationToken).ConfigureAwait(false);
            return measured.IsSuccess || IsMeasured
                ? null
                : new Error(measured.Error.Code, $"Gate.io server time unknown, private request not sent: {measured.Error.Message}");
        }
        finally
        {
            _measuring.Release();
        }
    }

    public void Dispose() => _measuring.Dispose();

    /// <summary>Reads <c>{"server_time": 1731447921098}</c> (milliseconds; a string in some answers).</summary>
    public static DateTimeOffset ParseServerTime(JsonElement root) =>
        GateJson.FromMilliseconds(GateJson.Decimal(root, "time", "server_time"), "time.server_time");
}
