using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.MarketSimulation;

/// <summary>
/// A market that never moves (<c>PRICE_FEED=fixed</c>): every symbol trades at one constant price with
/// bid/ask at price ∓ half of <c>spreadPct</c> percent (bid floored, ask ceiled to the instrument's
/// tick), and candles are flat bars of the requested timeframe ending at the last closed one.
/// Useful for smoke tests and for checking fees and sizing without price noise.
/// </summary>
public sealed class FixedPriceMarketData : IMarketData
{
    private readonly decimal _price;
    private readonly decimal _spreadPct;
    private readonly TimeProvider _timeProvider;

    /// <param name="price">The constant price; must be positive.</param>
    /// <param name="timeProvider">Clock for ticker times and candle alignment.</param>
    /// <param name="spreadPct">Full spread in percent of the price (default 0.02%); 0 for bid = ask.</param>
    public FixedPriceMarketData(decimal price, TimeProvider timeProvider, decimal spreadPct = 0.02m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        ArgumentOutOfRangeException.ThrowIfNegative(spreadPct);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _price = price;
        _spreadPct = spreadPct;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bid = _price;
        var ask = _price;
        if (_spreadPct > 0)
        {
            var tick = 1m / Pow10(InstrumentRules.DefaultFor(symbol).PricePrecision);
            var half = _price * _spreadPct / 100m / 2m;
            bid = Math.Max(tick, decimal.Floor((_price - half) / tick) * tick);
            ask = Math.Max(bid + tick, decimal.Ceiling((_price + half) / tick) * tick);
        }

        return ValueTask.FromResult(Result<Ticker>.Success(
            new Ticker(symbol, bid, ask, _price, _timeProvider.GetUtcNow())));
    }

    /// <inheritdoc />
    public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (limit <= 0 || timeframe.Duration <= TimeSpan.Zero)
        {
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Failure(
                ErrorCode.Validation, $"Candle limit and timeframe must be positive; got {limit} and {timeframe}."));
        }

        var periodTicks = timeframe.Duration.Ticks;
        // Aligned like an exchange's candles: UTC periods, weeks starting on Monday.
        var formingOpen = timeframe.BucketStart(_timeProvider.GetUtcNow()).UtcTicks;
        var candles = new Candle[limit];
        for (var i = 0; i < limit; i++)
        {
            var open = new DateTimeOffset(formingOpen - ((limit - i) * periodTicks), TimeSpan.Zero);
            candles[i] = new Candle(open, _price, _price, _price, _price, 0m);
        }

        return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success(candles));
    }

    private static decimal Pow10(int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }

        return factor;
    }
}
