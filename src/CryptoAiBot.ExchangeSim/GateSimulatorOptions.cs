using System.Text.RegularExpressions;
using CryptoAiBot.ExchangeSim.Faults;

namespace CryptoAiBot.ExchangeSim;

/// <summary>
/// Everything the simulator is configured with, checked as a whole by <see cref="Validate"/> (every
/// problem at once). Exchange and market time come from the injected <see cref="TimeProvider"/>; fault
/// delays are wall-clock because they act on the client's real HTTP timeout.
/// </summary>
public sealed partial record GateSimulatorOptions
{
    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Seeds the random walks and the fault draws: the same seed gives the same run.</summary>
    public int Seed { get; init; } = 1;

    public IReadOnlyList<SimPairOptions> Pairs { get; init; } =
    [
        new() { Id = "BTC_USDT", Precision = 1, AmountPrecision = 6, MinBaseAmount = 0.00001m, MinQuoteAmount = 3m, StartPrice = 60_000m, LevelSize = 0.05m },
        new() { Id = "ETH_USDT", Precision = 2, AmountPrecision = 4, MinBaseAmount = 0.0001m, MinQuoteAmount = 3m, StartPrice = 3_000m, LevelSize = 1m },
    ];

    public IReadOnlyList<SimAccountOptions> Accounts { get; init; } =
        [new() { Key = "sim-key", Secret = "sim-secret", Balances = new Dictionary<string, decimal> { ["USDT"] = 10_000m } }];

    /// <summary>The price of every pair moves one step per interval of the clock (when <see cref="AutoAdvance"/>); housekeeping (expiries, countdowns) runs at the same pace.</summary>
    public TimeSpan StepInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>False: prices move only through the control API (deterministic tests).</summary>
    public bool AutoAdvance { get; init; } = true;

    /// <summary>Days of hourly synthetic history before the start (a replay uses the file instead).</summary>
    public int HistoryDays { get; init; } = 200;

    /// <summary>A candle file (<c>timestamp_ms,open,high,low,close,volume</c>) replayed as the price path of <see cref="CandlesPair"/>.</summary>
    public string? CandlesFile { get; init; }

    /// <summary>The pair the candle file drives; null: the first pair.</summary>
    public string? CandlesPair { get; init; }

    /// <summary>Candles of the file served as history before the start; the rest are replayed, four price steps (open, extremes, close) each.</summary>
    public int ReplayWarmupCandles { get; init; } = 500;

    /// <summary>Distance between best bid and best ask, as a fraction of the price.</summary>
    public decimal Spread { get; init; } = 0.0002m;

    /// <summary>Distance between neighbouring book levels, as a fraction of the price (at least one tick).</summary>
    public decimal LevelStep { get; init; } = 0.0005m;

    /// <summary>Levels on each side of the book.</summary>
    public int Depth { get; init; } = 20;

    /// <summary>Fee rate for taking liquidity (0.002 = 0.2 %, ccxt's default for Gate).</summary>
    public decimal TakerFeeRate { get; init; } = 0.002m;

    public decimal MakerFeeRate { get; init; } = 0.002m;

    /// <summary>Fraction off the fee when paid in GT (0.1 = 10 % off).</summary>
    public decimal GtDiscount { get; init; } = 0.1m;

    /// <summary>GT's price in any quote currency, to convert fees into GT.</summary>
    public decimal GtPrice { get; init; } = 10m;

    /// <summary>How long a finished order can still be found by its <c>text</c> (Gate documents one hour).</summary>
    public TimeSpan FinishedTextLookup { get; init; } = TimeSpan.FromHours(1);

    public SimRateLimit PublicRateLimit { get; init; } = new(200, TimeSpan.FromSeconds(10));

    /// <summary>Order placement, per account and pair.</summary>
    public SimRateLimit PlacementRateLimit { get; init; } = new(10, TimeSpan.FromSeconds(1));

    /// <summary>Order cancellation, per account.</summary>
    public SimRateLimit CancellationRateLimit { get; init; } = new(200, TimeSpan.FromSeconds(1));

    /// <summary>Every other private endpoint, per endpoint and account.</summary>
    public SimRateLimit PrivateRateLimit { get; init; } = new(200, TimeSpan.FromSeconds(10));

    /// <summary>Faults active from the start (the control API replaces them at runtime).</summary>
    public IReadOnlyList<SimFaultRule> Faults { get; init; } = [];

    /// <summary>Every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Port is < 0 or > 65_535)
        {
            problems.Add($"Port must be 0–65535; got {Port}.");
        }

        if (Pairs.Count == 0)
        {
            problems.Add("Pairs: at least one pair is needed.");
        }

        for (var i = 0; i < Pairs.Count; i++)
        {
            problems.AddRange(PairProblems(Pairs[i], i));
        }

        AddDuplicates(problems, "Pairs", Pairs.Select(p => p.Id));
        if (Accounts.Count == 0)
        {
            problems.Add("Accounts: at least one account is needed.");
        }

        for (var i = 0; i < Accounts.Count; i++)
        {
            problems.AddRange(AccountProblems(Accounts[i], i));
        }

        AddDuplicates(problems, "Accounts", Accounts.Select(a => a.Key));
        Require(problems, StepInterval > TimeSpan.Zero, $"StepInterval must be positive; got {StepInterval}.");
        Require(problems, HistoryDays is >= 0 and <= 3_650, $"HistoryDays must be 0–3650; got {HistoryDays}.");
        Require(problems, CandlesFile is null || File.Exists(CandlesFile), $"CandlesFile '{CandlesFile}' does not exist.");
        Require(problems, CandlesPair is null || Pairs.Any(p => p.Id == CandlesPair), $"CandlesPair '{CandlesPair}' is not one of the pairs.");
        Require(problems, ReplayWarmupCandles >= 0, $"ReplayWarmupCandles must not be negative; got {ReplayWarmupCandles}.");
        Require(problems, Spread is > 0 and < 0.5m, $"Spread must be in (0, 0.5); got {Spread}.");
        Require(problems, LevelStep is > 0 and < 0.5m, $"LevelStep must be in (0, 0.5); got {LevelStep}.");
        Require(problems, Depth is >= 1 and <= 500, $"Depth must be 1–500; got {Depth}.");
        Require(problems, TakerFeeRate is >= 0 and < 1, $"TakerFeeRate must be in [0, 1); got {TakerFeeRate}.");
        Require(problems, MakerFeeRate is >= 0 and < 1, $"MakerFeeRate must be in [0, 1); got {MakerFeeRate}.");
        Require(problems, GtDiscount is >= 0 and < 1, $"GtDiscount must be in [0, 1); got {GtDiscount}.");
        Require(problems, GtPrice > 0, $"GtPrice must be positive; got {GtPrice}.");
        Require(problems, FinishedTextLookup >= TimeSpan.Zero, $"FinishedTextLookup must not be negative; got {FinishedTextLookup}.");
        foreach (var (name, limit) in new[] { ("PublicRateLimit", PublicRateLimit), ("PlacementRateLimit", PlacementRateLimit), ("CancellationRateLimit", CancellationRateLimit), ("PrivateRateLimit", PrivateRateLimit) })
        {
            Require(problems, limit.Requests > 0 && limit.Window > TimeSpan.Zero, $"{name} needs positive Requests and Window; got {limit.Requests} per {limit.Window}.");
        }

        problems.AddRange(Faults.SelectMany((rule, index) => rule.Problems(index)));
        return problems;
    }

    /// <summary>The pair a candle file replays, when there is a file.</summary>
    internal string? ReplayPair => CandlesFile is null ? null : CandlesPair ?? Pairs[0].Id;

    private static IEnumerable<string> PairProblems(SimPairOptions pair, int index)
    {
        var at = $"Pairs[{index}] ({pair.Id})";
        if (!PairId().IsMatch(pair.Id ?? ""))
        {
            yield return $"{at}: Id must look like BASE_QUOTE in upper case.";
        }

        if (pair.Precision is < 0 or > 12 || pair.AmountPrecision is < 0 or > 12)
        {
            yield return $"{at}: Precision and AmountPrecision must be 0–12; got {pair.Precision} and {pair.AmountPrecision}.";
        }

        if (pair.MinBaseAmount < 0 || pair.MinQuoteAmount < 0 || pair.MaxBaseAmount <= 0 || pair.MaxQuoteAmount <= 0)
        {
            yield return $"{at}: minimums must not be negative and maximums must be positive.";
        }

        if (pair.StartPrice <= 0 || pair.LevelSize <= 0)
        {
            yield return $"{at}: StartPrice and LevelSize must be positive; got {pair.StartPrice} and {pair.LevelSize}.";
        }

        if (pair.StepVolatility is < 0 or > 0.1 or double.NaN)
        {
            yield return $"{at}: StepVolatility must be 0–0.1; got {pair.StepVolatility}.";
        }
    }

    private static IEnumerable<string> AccountProblems(SimAccountOptions account, int index)
    {
        var at = $"Accounts[{index}]";
        if (string.IsNullOrWhiteSpace(account.Key) || string.IsNullOrEmpty(account.Secret))
        {
            yield return $"{at}: Key and Secret must not be empty.";
        }

        foreach (var (currency, amount) in account.Balances)
        {
            if (amount < 0)
            {
                yield return $"{at}: balance of {currency} must not be negative; got {amount}.";
            }
        }
    }

    private static void AddDuplicates(List<string> problems, string what, IEnumerable<string> ids)
    {
        foreach (var duplicate in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            problems.Add($"{what}: '{duplicate.Key}' appears {duplicate.Count()} times.");
        }
    }

    private static void Require(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }

    [GeneratedRegex("^[A-Z0-9]+_[A-Z0-9]+$")]
    private static partial Regex PairId();
}
