using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Testing;

/// <summary>
/// Wraps market data to observe callers: the most calls ever in flight at once, and an optional
/// failure of candle requests only (so one loop fails while the others keep working).
/// </summary>
public sealed class ProbingMarketData(IMarketData inner) : IMarketData
{
    private int _inFlight;
    private int _maxInFlight;
    private int _calls;

    public bool FailCandles { get; set; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Calls => Volatile.Read(ref _calls);

    public async ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            // Hold the call open a moment so that an overlapping cycle would be seen.
            await Task.Delay(TimeSpan.FromMilliseconds(2), cancellationToken).ConfigureAwait(false);
            return await inner.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            if (FailCandles)
            {
                throw new InvalidOperationException("injected: candle feed broken");
            }

            return await inner.GetClosedCandlesAsync(symbol, timeframe, limit, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void Enter()
    {
        Interlocked.Increment(ref _calls);
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
    }
}
