namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Simulated time for a backtest: it reads whatever instant the loop set, so every use case that
/// asks the <see cref="TimeProvider"/> sees the candle's time. It has no timers: nothing in a backtest
/// waits.
/// </summary>
public sealed class BacktestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves to <paramref name="instant"/>; time never goes backwards.</summary>
    public void Set(DateTimeOffset instant)
    {
        if (instant < _now)
        {
            throw new InvalidOperationException($"Backtest time cannot go back from {_now:O} to {instant:O}.");
        }

        _now = instant;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        throw new NotSupportedException("A backtest has no timers: the candle loop drives time.");
}
