using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.MarketSimulation;

/// <summary>
/// Shape of the built-in simulated market. Init-only properties rather than a positional record
/// because a <see cref="TimeSpan"/> or list default is not a compile-time constant.
/// </summary>
public sealed record MarketSimulatorOptions
{
    /// <summary>Seed of every random stream; each symbol mixes in a stable hash of its name.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Price of every symbol at the start of its generated history.</summary>
    public decimal StartPrice { get; init; } = 60000m;

    /// <summary>Real time one simulated candle lasts.</summary>
    public TimeSpan CandlePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Random-walk steps per candle; a step lasts <c>CandlePeriod / StepsPerCandle</c>.</summary>
    public int StepsPerCandle { get; init; } = 10;

    /// <summary>
    /// The timeframe one simulated candle stands for, or null. When set, candles are labelled in a compressed
    /// market time — one <see cref="CandlePeriod"/> of real time is one period of this timeframe, aligned to
    /// it — and longer timeframes it divides are served by resampling, so a trend filter gets real 1h/4h/1d/1w
    /// candles. When null, every timeframe asked for gets the same candles labelled in real time.
    /// </summary>
    public Timeframe? MarketTimeframe { get; init; }

    /// <summary>Closed candles generated before the start time, so that strategies warm up at once.</summary>
    public int HistoryCandles { get; init; } = 300;

    /// <summary>Markets the simulator quotes; any other symbol is <c>InvalidSymbol</c>.</summary>
    public IReadOnlyList<Symbol> Symbols { get; init; } = [Symbol.Parse("BTC/USDT")];

    /// <summary>Every problem with these options at once; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (StartPrice <= 0)
        {
            problems.Add($"StartPrice must be positive; got {StartPrice}.");
        }

        if (CandlePeriod <= TimeSpan.Zero)
        {
            problems.Add($"CandlePeriod must be positive; got {CandlePeriod}.");
        }

        if (StepsPerCandle < 1)
        {
            problems.Add($"StepsPerCandle must be at least 1; got {StepsPerCandle}.");
        }
        else if (CandlePeriod > TimeSpan.Zero && CandlePeriod.Ticks < StepsPerCandle)
        {
            problems.Add($"CandlePeriod {CandlePeriod} is too short for {StepsPerCandle} steps.");
        }

        if (HistoryCandles < 0)
        {
            problems.Add($"HistoryCandles must not be negative; got {HistoryCandles}.");
        }

        if (Symbols is null || Symbols.Count == 0)
        {
            problems.Add("Symbols must name at least one market.");
        }

        return problems;
    }
}
