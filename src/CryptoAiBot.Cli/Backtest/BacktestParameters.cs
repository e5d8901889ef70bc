using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// The strategy and exit parameters of one backtest run — the ones a sweep can vary, named as their
/// command-line options. A combination that breaks a rule (fast EMA not below the slow one, …) is not run:
/// <see cref="Problems"/> says why.
/// </summary>
internal sealed record BacktestParameters(
    int EmaFast, int EmaSlow, decimal RsiEntryMax, decimal StopLossPct, decimal TrailingPct, decimal Amount)
{
    public const string EmaFastName = "ema-fast";
    public const string EmaSlowName = "ema-slow";
    public const string RsiEntryMaxName = "rsi-entry-max";
    public const string StopLossName = "stop-loss-pct";
    public const string TrailingName = "trailing-pct";
    public const string AmountName = "amount";

    /// <summary>The names a sweep accepts, in the order they are listed in help and errors.</summary>
    public static IReadOnlyList<string> Names { get; } = [EmaFastName, EmaSlowName, RsiEntryMaxName, StopLossName, TrailingName, AmountName];

    /// <summary>Whether <paramref name="name"/> takes whole numbers only (EMA periods).</summary>
    public static bool IsWholeNumber(string name) => name is EmaFastName or EmaSlowName;

    /// <summary>A copy with the parameter called <paramref name="name"/> (one of <see cref="Names"/>) set to <paramref name="value"/>.</summary>
    public BacktestParameters With(string name, decimal value) => name switch
    {
        EmaFastName => this with { EmaFast = (int)value },
        EmaSlowName => this with { EmaSlow = (int)value },
        RsiEntryMaxName => this with { RsiEntryMax = value },
        StopLossName => this with { StopLossPct = value },
        TrailingName => this with { TrailingPct = value },
        AmountName => this with { Amount = value },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a sweepable parameter."),
    };

    /// <summary>Every rule this combination breaks, as messages naming the options; empty when it can run.</summary>
    public IEnumerable<string> Problems()
    {
        if (EmaFast <= 0 || EmaSlow <= EmaFast)
        {
            yield return $"--{EmaFastName}/--{EmaSlowName} must satisfy 0 < fast < slow; got {EmaFast}/{EmaSlow}";
        }

        if (RsiEntryMax is < 0m or > 100m)
        {
            yield return $"--{RsiEntryMaxName} must be 0 (no filter) or at most 100; got {RsiEntryMax}";
        }

        foreach (var (name, pct) in new[] { (StopLossName, StopLossPct), (TrailingName, TrailingPct) })
        {
            if (pct is < 0m or >= 100m)
            {
                yield return $"--{name} must be at least 0 (off) and below 100; got {pct}";
            }
        }

        if (Amount <= 0m)
        {
            yield return $"--{AmountName} must be positive; got {Amount}";
        }
    }

    /// <summary>EMA cross, behind the RSI(14) entry filter when <see cref="RsiEntryMax"/> is set; a new strategy per call.</summary>
    public StrategyFactory Strategies()
    {
        var (fast, slow, rsiMax) = (EmaFast, EmaSlow, (double)RsiEntryMax);
        return rsiMax > 0
            ? _ => new RsiEntryFilter(new EmaCrossStrategy(fast, slow), 14, rsiMax)
            : _ => new EmaCrossStrategy(fast, slow);
    }

    /// <summary><paramref name="settings"/> with this run's entry size and stops.</summary>
    public BacktestSettings ApplyTo(BacktestSettings settings) => settings with
    {
        Plan = settings.Plan with { EntryQuoteAmount = Amount },
        Exits = new ExitPolicy(StopLossPct, TrailingPct),
    };
}
