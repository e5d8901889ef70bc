using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Testing;

/// <summary>
/// Market data a test sets by hand: a price with a spread, and the candles strategies see. Every candle
/// request first closes one more candle at the current price, as if a candle closed between two
/// evaluations, so each evaluation has a new candle to decide on.
/// </summary>
public sealed class ControllableMarketData(TimeProvider time, decimal price = 100m, decimal spread = 0.02m) : IMarketData
{
    private readonly Lock _gate = new();
    private List<Candle> _candles = [];

    public decimal Price { get; private set; } = price;

    public decimal Spread { get; set; } = spread;

    /// <summary>Thrown by every call when set, to simulate a broken feed.</summary>
    public Exception? Failure { get; set; }

    public int TickerCalls { get; private set; }

    public void SetPrice(decimal value)
    {
        lock (_gate)
        {
            Price = value;
        }
    }

    /// <summary>Candles whose closes follow <paramref name="closes"/>, one minute apart, ending before now.</summary>
    public void SetCloses(IEnumerable<decimal> closes)
    {
        var list = closes.ToList();
        var start = time.GetUtcNow().AddMinutes(-list.Count - 1);
        lock (_gate)
        {
            _candles = list.Select((close, i) => new Candle(start.AddMinutes(i), close, close, close, close, 1m)).ToList();
        }
    }

    public ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            TickerCalls++;
            var half = Spread / 2m;
            return ValueTask.FromResult(Result<Ticker>.Success(new Ticker(symbol, Price - half, Price + half, Price, time.GetUtcNow())));
        }
    }

    public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            var openTime = _candles.Count > 0 ? _candles[^1].OpenTime.AddMinutes(1) : time.GetUtcNow().AddMinutes(-1);
            _candles.Add(new Candle(openTime, Price, Price, Price, Price, 1m));
            IReadOnlyList<Candle> last = _candles.Skip(Math.Max(0, _candles.Count - limit)).ToArray();
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success(last));
        }
    }
}
