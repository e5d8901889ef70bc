using System.CommandLine;
using System.Globalization;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Sizing;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// The entry gate and the position sizer of <c>cab backtest</c>, the same ones live trading configures with
/// MTF_* and POSITION_SIZER: <c>--trend off|on|1h=0.5,4h=0.5</c> (the filter builds the higher timeframes
/// from the candle file itself, so the first weeks of a weekly weight are warm-up) and
/// <c>--sizer fixed|kelly|target_vol</c> with its parameters. Every problem is reported with the others.
/// </summary>
internal static class BacktestEntryOptions
{
    public static readonly Option<string?> Trend = BacktestArguments.Text(
        "--trend", "Multi-timeframe trend filter: off (default), on (1h 0.4, 4h 0.3, 1d 0.2, 1w 0.1), or weights such as 1h=0.5,4h=0.5 summing to 1");

    public static readonly Option<string?> Sizer = BacktestArguments.Text("--sizer", "Position sizer: fixed (--amount, default), kelly or target_vol");
    public static readonly Option<string?> KellyWinRate = BacktestArguments.Text("--kelly-win-rate", "kelly: share of winning trades, 0-1 (default 0.5)");
    public static readonly Option<string?> KellyPayoff = BacktestArguments.Text("--kelly-payoff", "kelly: average win / average loss, > 0 (default 1.5)");
    public static readonly Option<string?> KellyFraction = BacktestArguments.Text("--kelly-fraction", "kelly: share of the full Kelly bet, (0, 1] (default 0.25)");
    public static readonly Option<string?> TargetVolPct = BacktestArguments.Text("--target-vol-pct", "target_vol: percent of equity one ATR(14) move should be (default 0.5)");
    public static readonly Option<string?> TargetVolMax = BacktestArguments.Text("--target-vol-max", "target_vol: largest quote amount per entry; 0 = none (default 0)");

    public static IEnumerable<Option> All => [Trend, Sizer, KellyWinRate, KellyPayoff, KellyFraction, TargetVolPct, TargetVolMax];

    /// <summary>The entry policy for candles of <paramref name="input"/>; <see cref="EntryPolicy.Open"/> for <c>--trend off</c>.</summary>
    public static EntryPolicy ReadEntries(BacktestArguments a, Timeframe input)
    {
        var text = a.Optional(Trend)?.Trim();
        if (text is null || text.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return EntryPolicy.Open;
        }

        var weights = text.Equals("on", StringComparison.OrdinalIgnoreCase) ? TrendWeights.Default : ParseWeights(a, text);
        if (weights is not { } valid)
        {
            return EntryPolicy.Open;
        }

        foreach (var timeframe in TrendWeights.Timeframes)
        {
            if (valid.For(timeframe) > 0m && !input.Divides(timeframe))
            {
                a.Problem($"--trend: the {timeframe} trend cannot be built from {input} candles; give it no weight or use a shorter --timeframe");
            }
        }

        return new EntryPolicy(valid, TrendFilterSettings.Default, SignalFusion.Disabled);
    }

    /// <summary>The sizer; null for fixed, so the plan spends <c>--amount</c> per entry.</summary>
    public static IPositionSizer? ReadSizer(BacktestArguments a)
    {
        var kind = a.Choice(Sizer, PositionSizers.Fixed, PositionSizers.Names.ToDictionary(n => n, n => n));
        var parameters = new PositionSizerParameters
        {
            KellyWinRate = (double)a.Decimal(KellyWinRate, 0.5m),
            KellyPayoffRatio = (double)a.Decimal(KellyPayoff, 1.5m),
            KellyFraction = (double)a.Decimal(KellyFraction, 0.25m),
            TargetVolPct = (double)a.Decimal(TargetVolPct, 0.5m),
            TargetVolMaxQuote = a.Decimal(TargetVolMax, 0m),
        };
        if (kind == PositionSizers.Fixed)
        {
            return null;
        }

        try
        {
            return PositionSizers.Create(kind, parameters);
        }
        catch (ArgumentException e)
        {
            a.Problem($"--sizer {kind}: {e.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }

    private static TrendWeights? ParseWeights(BacktestArguments a, string text)
    {
        var found = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !TrendWeights.Timeframes.Any(t => t.Code.Equals(pair[0], StringComparison.OrdinalIgnoreCase))
                || !decimal.TryParse(pair[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
            {
                a.Problem($"--trend: '{part}' is not timeframe=weight with a timeframe of 15m, 1h, 4h, 1d, 1w and a weight such as 0.4");
                return null;
            }

            found[pair[0]] = weight;
        }

        var sum = found.Values.Sum();
        if (found.Count == 0 || sum != 1m)
        {
            a.Problem($"--trend: the weights must sum to 1; got {sum.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        decimal Get(string code) => found.TryGetValue(code, out var w) ? w : 0m;
        return new TrendWeights(Get("15m"), Get("1h"), Get("4h"), Get("1d"), Get("1w"));
    }
}
