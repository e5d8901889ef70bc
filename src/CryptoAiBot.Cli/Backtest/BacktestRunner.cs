using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Infrastructure.MarketData;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Infrastructure.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>Carries out a validated <see cref="BacktestRequest"/>: loads the candles, runs one backtest or a sweep, writes the reports.</summary>
internal static class BacktestRunner
{
    public const int DataErrorExitCode = 1;

    public static async Task<int> RunAsync(BacktestRequest request, CancellationToken cancellationToken)
    {
        var candles = await LoadAsync(request, cancellationToken).ConfigureAwait(false);
        if (candles is null)
        {
            return DataErrorExitCode;
        }

        return request.Sweep is null
            ? await SingleAsync(request, candles, cancellationToken).ConfigureAwait(false)
            : await SweepAsync(request, request.Sweep, candles, cancellationToken).ConfigureAwait(false);
    }

    private static readonly string[] DatabaseExtensions = [".sqlite3", ".sqlite", ".db"];

    /// <summary>A SQLite database (by its extension) whose stored candles are read, or else a candle CSV.</summary>
    public static bool IsDatabase(string path) =>
        DatabaseExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static async Task<Candle[]?> LoadAsync(BacktestRequest request, CancellationToken cancellationToken)
    {
        var file = request.DataFile;
        if (IsDatabase(file))
        {
            return await LoadFromDatabaseAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var loaded = await CandleCsvReader.ReadFileAsync(file, request.Settings.Plan.Timeframe, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Problems.Take(50))
            {
                await Console.Error.WriteLineAsync($"{file}: {problem}").ConfigureAwait(false);
            }

            var lines = loaded.Problems.Count == 1 ? "bad line" : "bad lines";
            await Console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{file}: {loaded.Problems.Count} {lines} ({loaded.RowCount:N0} data rows); no backtest run")).ConfigureAwait(false);
            return null;
        }

        var (from, to) = (request.From, request.To);
        var candles = loaded.Candles.Where(c => (from is null || c.OpenTime >= from) && (to is null || c.OpenTime < to)).ToArray();
        if (candles.Length == 0)
        {
            await Console.Error.WriteLineAsync($"{file}: no candles in the selected period; no backtest run").ConfigureAwait(false);
            return null;
        }

        return candles;
    }

    private static async Task<Candle[]?> LoadFromDatabaseAsync(BacktestRequest request, CancellationToken cancellationToken)
    {
        var (symbol, timeframe) = (request.Settings.Symbol, request.Settings.Plan.Timeframe);
        var store = await TradingStoreFactory.OpenSqliteAsync(request.DataFile, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        try
        {
            var candles = await store.GetCandlesAsync(
                symbol, timeframe, request.From ?? DateTimeOffset.UnixEpoch, request.To ?? DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
            if (candles.Count == 0)
            {
                await Console.Error.WriteLineAsync(
                    $"{request.DataFile}: no {symbol} {timeframe} candles stored in the selected period (cab data import stores them); no backtest run").ConfigureAwait(false);
                return null;
            }

            return [.. candles];
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> SingleAsync(BacktestRequest request, Candle[] candles, CancellationToken cancellationToken)
    {
        var parameters = request.Parameters;
        var showProgress = BacktestProgress.Enabled(request.NoProgress, candles.Length);
        var report = await BacktestProgress.RunAsync(showProgress, "backtest", candles.Length, async bar =>
        {
            var provider = BacktestComposition.Create(parameters.ApplyTo(request.Settings), request.StrategiesFor(parameters), candles[0].OpenTime);
            await using (provider.ConfigureAwait(false))
            {
                var engine = provider.GetRequiredService<BacktestEngine>();
                return await engine.RunAsync(candles, CandleProgress.For(bar), cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        BacktestTradeTable.Render(report.Trades, request.TradeRows);
        BacktestSummary.Render(report);
        await WriteAsync(request.JsonPath, "report", JsonSerializer.Serialize(report, EventJson.Options), cancellationToken).ConfigureAwait(false);
        await WriteAsync(request.HtmlPath, "html report", BacktestHtmlReport.Render(report), cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> SweepAsync(BacktestRequest request, SweepGrid grid, Candle[] candles, CancellationToken cancellationToken)
    {
        var combinations = grid.Combinations(request.Parameters);
        var runs = combinations.Where(c => c.CanRun).ToArray();
        var skipped = combinations.Where(c => !c.CanRun).Select(c => new SweepSkip(c.Key, string.Join("; ", c.Problems))).ToArray();
        if (runs.Length == 0)
        {
            foreach (var skip in skipped)
            {
                await Console.Error.WriteLineAsync($"error: {skip.Parameters}: {skip.Reason}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("error: --sweep: no combination of the grid can run").ConfigureAwait(false);
            return BacktestArguments.UsageErrorExitCode;
        }

        var parallelism = Math.Min(request.Parallelism, runs.Length);
        var total = (long)candles.Length * runs.Length;
        var watch = Stopwatch.StartNew();
        var reports = await BacktestProgress.RunAsync(
            BacktestProgress.Enabled(request.NoProgress, total),
            $"sweep ({runs.Length} runs)",
            total,
            bar => BacktestSweep.RunAsync(candles, request.Settings, runs, parallelism, bar, cancellationToken)).ConfigureAwait(false);
        var elapsed = watch.Elapsed;

        var first = reports[0];
        var sweep = new SweepReport(
            first.Symbol, first.Timeframe, first.Strategy, first.FillModel, first.SlippageBps, first.Stops, first.FeePct,
            first.Candles, first.FirstCandleMs, first.LastCandleMs, SweepRanking.Name(request.RankBy),
            SweepRanking.Rank(request.RankBy, runs.Select((run, i) => (run, reports[i].Metrics))),
            skipped);
        SweepTable.Render(sweep, parallelism, elapsed);
        await WriteAsync(request.JsonPath, "sweep report", JsonSerializer.Serialize(sweep, EventJson.Options), cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteAsync(string? path, string what, string content, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return;
        }

        var full = Path.GetFullPath(path);
        await File.WriteAllTextAsync(full, content, cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLine($"{Markup.Escape(what)}: {Markup.Escape(full)}");
    }
}
