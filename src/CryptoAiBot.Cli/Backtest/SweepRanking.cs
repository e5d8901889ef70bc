using CryptoAiBot.Application.Backtesting;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// Orders sweep results best first by a <see cref="RankMetric"/>, ties broken by the ordinal order of the
/// parameter key, so the ranking depends only on the results, never on the order runs finished in.
/// </summary>
internal static class SweepRanking
{
    /// <summary>The <c>--rank-by</c> names.</summary>
    public static IReadOnlyDictionary<string, RankMetric> Choices { get; } = new Dictionary<string, RankMetric>(StringComparer.Ordinal)
    {
        ["sharpe"] = RankMetric.Sharpe,
        ["total_return"] = RankMetric.TotalReturn,
        ["profit_factor"] = RankMetric.ProfitFactor,
        ["max_drawdown"] = RankMetric.MaxDrawdown,
        ["win_rate"] = RankMetric.WinRate,
    };

    public static string Name(RankMetric metric) => Choices.First(c => c.Value == metric).Key;

    /// <summary>Higher is better; a metric that is not a number ranks last.</summary>
    public static double Score(RankMetric metric, BacktestMetrics m)
    {
        var score = metric switch
        {
            RankMetric.Sharpe => m.Sharpe,
            RankMetric.TotalReturn => (double)m.TotalReturn,
            RankMetric.ProfitFactor => m.ProfitFactor,
            RankMetric.MaxDrawdown => -(double)m.MaxDrawdown,
            RankMetric.WinRate => m.WinRate,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
        };
        return double.IsNaN(score) ? double.NegativeInfinity : score;
    }

    public static IReadOnlyList<SweepResult> Rank(RankMetric metric, IEnumerable<(SweepCombination Combination, BacktestMetrics Metrics)> runs) =>
        runs.OrderByDescending(r => Score(metric, r.Metrics))
            .ThenBy(r => r.Combination.Key, StringComparer.Ordinal)
            .Select((r, i) => new SweepResult(i + 1, r.Combination.Key, r.Combination.Values, r.Metrics))
            .ToArray();
}
