using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.MarketSimulation;

/// <summary>
/// The built-in offline market (<c>PRICE_FEED=sim</c>): a seeded random walk of log-returns with
/// calm / normal / volatile regimes (per-step volatility about 0.05% / 0.15% / 0.4%), a spread of
/// about 0.02% of the price (wider when volatile, never under one tick) and candles built from it.
/// <para>
/// It is a deterministic function of (seed, symbol, start time, now): there is no background thread;
/// each call advances the symbol's path lazily up to <see cref="TimeProvider.GetUtcNow"/> in fixed
/// steps of <c>CandlePeriod / StepsPerCandle</c>. At construction
/// <see cref="MarketSimulatorOptions.HistoryCandles"/> closed candles are generated before the start
/// time, so strategies can warm up immediately. Candle open times are multiples of the period since
/// the Unix epoch.
/// </para>
/// <para>
/// The market is compressed: one candle lasts <see cref="MarketSimulatorOptions.CandlePeriod"/> of real
/// time (5 s by default), so a paper run with a 15m strategy sees a 15m bar every few seconds. With a
/// <see cref="MarketSimulatorOptions.MarketTimeframe"/> the candles are labelled in that compressed market
/// time and higher timeframes are real aggregates of them; without one, the <c>timeframe</c> argument of
/// <see cref="GetClosedCandlesAsync"/> is ignored. Thread-safe: each symbol has its own lock.
/// </para>
/// </summary>
public sealed class MarketSimulator : IMarketData
{
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<Symbol, SimulatedPath> _paths;

    public MarketSimulator(MarketSimulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "Invalid market simulator options: " + string.Join(" ", problems), nameof(options));
        }

        _timeProvider = timeProvider;
        var start = timeProvider.GetUtcNow();
        _paths = options.Symbols.Distinct().ToDictionary(s => s, s => new SimulatedPath(s, options, start));
        Options = options;
    }

    /// <summary>The options this simulator was built with.</summary>
    public MarketSimulatorOptions Options { get; }

    /// <inheritdoc />
    public ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_paths.TryGetValue(symbol, out var path))
        {
            return ValueTask.FromResult(Result<Ticker>.Failure(UnknownSymbol(symbol)));
        }

        return ValueTask.FromResult(Result<Ticker>.Success(path.Ticker(symbol, _timeProvider.GetUtcNow())));
    }

    /// <summary>
    /// The last <paramref name="limit"/> closed candles, oldest first. Without a
    /// <see cref="MarketSimulatorOptions.MarketTimeframe"/> <paramref name="timeframe"/> is ignored (see the
    /// class remarks); with one, it is served natively, longer timeframes it divides are resampled from it
    /// (complete buckets only), and any other timeframe is a validation error.
    /// </summary>
    public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_paths.TryGetValue(symbol, out var path))
        {
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Failure(UnknownSymbol(symbol)));
        }

        if (limit <= 0)
        {
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Failure(
                ErrorCode.Validation, $"Candle limit must be positive; got {limit}."));
        }

        var now = _timeProvider.GetUtcNow();
        if (Options.MarketTimeframe is not { } market || market.Duration == timeframe.Duration)
        {
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success(path.ClosedCandles(limit, now)));
        }

        if (!market.Divides(timeframe))
        {
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Failure(
                ErrorCode.Validation, $"The market simulator trades {market} candles; {timeframe} candles cannot be built from them."));
        }

        var complete = CandleResampler.ResampleDetailed(path.ClosedCandles(int.MaxValue, now), market, timeframe)
            .Where(c => c.IsClosed && !c.HasGaps)
            .Select(c => c.Candle)
            .ToArray();
        return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success(complete[Math.Max(0, complete.Length - limit)..]));
    }

    private Error UnknownSymbol(Symbol symbol) => new(
        ErrorCode.InvalidSymbol,
        $"The market simulator does not quote {symbol}; it quotes {string.Join(", ", _paths.Keys)}.");
}
