using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// Turns one run's "candles done so far" reports (every 4,096 candles, from <c>BacktestEngine</c>) into
/// increments of a shared bar. One instance per run; the bar itself is thread-safe, so parallel runs can share it.
/// Reports are applied synchronously (unlike <see cref="Progress{T}"/>), so none arrives after the run ended.
/// </summary>
internal sealed class CandleProgress(ProgressTask task) : IProgress<long>
{
    private long _reported;

    public static IProgress<long>? For(ProgressTask? task) => task is null ? null : new CandleProgress(task);

    public void Report(long value)
    {
        task.Increment(value - _reported);
        _reported = value;
    }
}
