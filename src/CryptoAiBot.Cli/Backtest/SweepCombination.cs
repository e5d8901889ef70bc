namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// One point of a sweep grid: its key (<c>ema-fast=5 ema-slow=20</c>, the tie-breaker of the ranking), the
/// swept values by name, the full parameters, and why it cannot run (empty when it can).
/// </summary>
internal sealed record SweepCombination(
    string Key, IReadOnlyDictionary<string, decimal> Values, BacktestParameters Parameters, IReadOnlyList<string> Problems)
{
    public bool CanRun => Problems.Count == 0;
}
