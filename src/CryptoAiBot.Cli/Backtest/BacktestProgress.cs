using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// A progress bar for long backtests and sweeps, shown only on an interactive terminal: redirected output
/// (tests, CI logs, pipes) and <c>--no-progress</c> get none, so their output holds no control sequences.
/// </summary>
internal static class BacktestProgress
{
    /// <summary>Below this many candles (over all runs) a run is too short for a bar to be worth drawing.</summary>
    public const long MinimumCandles = 100_000;

    public static bool Enabled(bool noProgress, long totalCandles) =>
        !noProgress
        && totalCandles >= MinimumCandles
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/> with a bar of <paramref name="totalCandles"/> steps, or with null when disabled.</summary>
    public static Task<T> RunAsync<T>(bool enabled, string description, long totalCandles, Func<ProgressTask?, Task<T>> work)
    {
        if (!enabled)
        {
            return work(null);
        }

        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: totalCandles);
                var result = await work(task).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
