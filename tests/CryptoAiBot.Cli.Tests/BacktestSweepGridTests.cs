using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Cli.Backtest;

namespace CryptoAiBot.Cli.Tests;

/// <summary>The sweep grid and ranking, in process.</summary>
public sealed class BacktestSweepGridTests
{
    private static readonly BacktestParameters Baseline = new(12, 26, 0m, 3m, 0m, 1_000m);

    [Fact]
    public void A_grid_is_the_cartesian_product_in_written_order_with_invalid_points_marked()
    {
        var grid = SweepGrid.Parse(" ema-fast=5,8,30 ; ema-slow=20,26;stop-loss-pct=2,3.5 ", out var problems);

        var combinations = Assert.IsType<SweepGrid>(grid).Combinations(Baseline);

        Assert.Empty(problems);
        Assert.Equal(12, combinations.Count);
        Assert.Equal("ema-fast=5 ema-slow=20 stop-loss-pct=2", combinations[0].Key);
        Assert.Equal("ema-fast=5 ema-slow=20 stop-loss-pct=3.5", combinations[1].Key);
        Assert.Equal(new BacktestParameters(5, 20, 0m, 3.5m, 0m, 1_000m), combinations[1].Parameters);
        Assert.Equal(["ema-fast=30 ema-slow=20 stop-loss-pct=2", "ema-fast=30 ema-slow=20 stop-loss-pct=3.5", "ema-fast=30 ema-slow=26 stop-loss-pct=2", "ema-fast=30 ema-slow=26 stop-loss-pct=3.5"],
            combinations.Where(c => !c.CanRun).Select(c => c.Key));
        Assert.Equal(["ema-fast", "ema-slow", "stop-loss-pct"], combinations[0].Values.Keys);
    }

    [Theory]
    [InlineData("colour=red", "'colour' is not a sweepable parameter")]
    [InlineData("ema-fast", "'ema-fast' is not name=value")]
    [InlineData("ema-fast=5.5", "ema-fast value '5.5' is not a whole number")]
    [InlineData("ema-fast=5,5", "ema-fast value 5 is listed twice")]
    [InlineData("ema-fast=5;ema-fast=8", "ema-fast is listed twice")]
    [InlineData("amount=1e3", "amount value '1e3' is not a number")]
    [InlineData(";", "no parameter given")]
    public void A_bad_grid_is_refused_with_a_reason(string spec, string problem)
    {
        var grid = SweepGrid.Parse(spec, out var problems);

        Assert.Null(grid);
        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_grid_beyond_the_limit_is_refused()
    {
        var values = string.Join(",", Enumerable.Range(1, 101));

        Assert.Null(SweepGrid.Parse($"ema-fast={values};ema-slow={values}", out var problems));
        Assert.Contains(problems, p => p.Contains("more than 10,000 combinations", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sharpe", "b c a")]
    [InlineData("total_return", "c a b")]
    [InlineData("max_drawdown", "a b c")]
    [InlineData("win_rate", "a b c")]
    [InlineData("profit_factor", "c b a")]
    public void Ranking_puts_the_best_first_lower_drawdown_being_better_and_ties_broken_by_key(string rankBy, string order)
    {
        var runs = new[]
        {
            Run("c", sharpe: 1.0, totalReturn: 0.05m, drawdown: 0.30m, winRate: 0.5, profitFactor: 3.0),
            Run("a", sharpe: double.NaN, totalReturn: 0.01m, drawdown: 0.10m, winRate: 0.5, profitFactor: 1.0),
            Run("b", sharpe: 2.0, totalReturn: -0.01m, drawdown: 0.10m, winRate: 0.5, profitFactor: 2.0),
        };

        var ranked = SweepRanking.Rank(SweepRanking.Choices[rankBy], runs);

        Assert.Equal(order, string.Join(" ", ranked.Select(r => r.Parameters)));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
    }

    private static (SweepCombination, BacktestMetrics) Run(string key, double sharpe, decimal totalReturn, decimal drawdown, double winRate, double profitFactor) =>
        (new SweepCombination(key, new Dictionary<string, decimal>(), Baseline, []),
         new BacktestMetrics(100m, 100m, totalReturn, drawdown, sharpe, 0d, 1, winRate, profitFactor, 0.5, 0m));
}
