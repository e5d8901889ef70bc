using System.CommandLine;
using System.Text.Json;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Backtesting;
using CryptoAiBot.Infrastructure.MarketData;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// <c>cab backtest</c>: replays a candle file through the live decision and execution code and prints
/// the fill model, the metrics and the trades; <c>--json</c> writes the full, byte-reproducible report.
/// </summary>
public static class BacktestCommand
{
    private static readonly Option<FileInfo> Data = new("--data") { Description = "Candle CSV (timestamp_ms,open,high,low,close,volume)", Required = true };
    private static readonly Option<string> SymbolOption = new("--symbol") { Description = "Market, e.g. BTC/USDT", DefaultValueFactory = _ => "BTC/USDT" };
    private static readonly Option<string> TimeframeOption = new("--timeframe") { Description = "Candle timeframe of the file", DefaultValueFactory = _ => "1m" };
    private static readonly Option<DateTimeOffset?> From = new("--from") { Description = "First candle time (UTC, ISO-8601)" };
    private static readonly Option<DateTimeOffset?> To = new("--to") { Description = "End time, exclusive (UTC, ISO-8601)" };
    private static readonly Option<string> Fill = new("--fill") { Description = "next-open (default) or signal-close", DefaultValueFactory = _ => "next-open" };
    private static readonly Option<decimal> Slippage = new("--slippage-bps") { Description = "Slippage in basis points on every fill", DefaultValueFactory = _ => 0m };
    private static readonly Option<string> Stops = new("--stops") { Description = "close (default) or intrabar", DefaultValueFactory = _ => "close" };
    private static readonly Option<decimal> Fee = new("--fee-pct") { Description = "Fee per side in percent", DefaultValueFactory = _ => 0.2m };
    private static readonly Option<decimal> StartQuote = new("--start-quote") { Description = "Starting balance in quote", DefaultValueFactory = _ => 10_000m };
    private static readonly Option<decimal> Amount = new("--amount") { Description = "Quote spent per entry", DefaultValueFactory = _ => 1_000m };
    private static readonly Option<decimal> StopLoss = new("--stop-loss-pct") { Description = "Hard stop below entry, percent (0 = off)", DefaultValueFactory = _ => 3m };
    private static readonly Option<decimal> Trailing = new("--trailing-pct") { Description = "Trailing stop, percent (0 = off)", DefaultValueFactory = _ => 0m };
    private static readonly Option<int> EmaFast = new("--ema-fast") { Description = "Fast EMA period", DefaultValueFactory = _ => 12 };
    private static readonly Option<int> EmaSlow = new("--ema-slow") { Description = "Slow EMA period", DefaultValueFactory = _ => 26 };
    private static readonly Option<double> RsiEntryMax = new("--rsi-entry-max") { Description = "Enter only while RSI(14) is below this (0 = no filter)", DefaultValueFactory = _ => 0d };
    private static readonly Option<FileInfo?> Json = new("--json") { Description = "Write the full report as JSON" };

    public static Command Create()
    {
        var command = new Command("backtest", "Replay candles through the live trading code and report the results");
        foreach (var option in new Option[] { Data, SymbolOption, TimeframeOption, From, To, Fill, Slippage, Stops, Fee, StartQuote, Amount, StopLoss, Trailing, EmaFast, EmaSlow, RsiEntryMax, Json })
        {
            command.Options.Add(option);
        }

        command.SetAction((result, cancellationToken) => RunAsync(result, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!Symbol.TryParse(result.GetValue(SymbolOption), out var symbol))
        {
            problems.Add($"--symbol: '{result.GetValue(SymbolOption)}' is not a pair such as BTC/USDT");
        }

        if (!Timeframe.TryParse(result.GetValue(TimeframeOption), out var timeframe))
        {
            problems.Add($"--timeframe: '{result.GetValue(TimeframeOption)}' is not one of {string.Join(", ", Timeframe.All)}");
        }

        var fill = result.GetValue(Fill) switch { "next-open" => FillModel.NextOpen, "signal-close" => FillModel.SignalClose, _ => (FillModel?)null };
        var stops = result.GetValue(Stops) switch { "close" => StopEvaluation.OnClose, "intrabar" => StopEvaluation.Intrabar, _ => (StopEvaluation?)null };
        problems.AddRange(new[] { fill is null ? "--fill: use next-open or signal-close" : null, stops is null ? "--stops: use close or intrabar" : null }.OfType<string>());
        var (fast, slow) = (result.GetValue(EmaFast), result.GetValue(EmaSlow));
        if (fast <= 0 || slow <= fast)
        {
            problems.Add($"--ema-fast/--ema-slow must satisfy 0 < fast < slow; got {fast}/{slow}");
        }

        if (problems.Count > 0)
        {
            problems.ForEach(p => AnsiConsole.MarkupLine($"[red]{Markup.Escape(p)}[/]"));
            return 2;
        }

        var file = result.GetValue(Data)!;
        var loaded = await CandleCsvReader.ReadFileAsync(file.FullName, timeframe, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Problems.Take(50))
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(file.Name)} {Markup.Escape(problem.ToString())}[/]");
            }

            return 1;
        }

        var (from, to) = (result.GetValue(From), result.GetValue(To));
        var candles = loaded.Candles.Where(c => (from is null || c.OpenTime >= from) && (to is null || c.OpenTime < to)).ToArray();
        var settings = new BacktestSettings(
            symbol,
            new TradingPlan(timeframe, result.GetValue(Amount), RiskLimits.None, result.GetValue(Fee)),
            new ExitPolicy(result.GetValue(StopLoss), result.GetValue(Trailing)),
            result.GetValue(StartQuote),
            result.GetValue(Fee),
            fill!.Value,
            result.GetValue(Slippage),
            stops!.Value);

        var start = candles.Length > 0 ? candles[0].OpenTime : DateTimeOffset.UnixEpoch;
        var rsiMax = result.GetValue(RsiEntryMax);
        StrategyFactory strategies = rsiMax > 0
            ? _ => new RsiEntryFilter(new EmaCrossStrategy(fast, slow), 14, rsiMax)
            : _ => new EmaCrossStrategy(fast, slow);
        await using var provider = BacktestComposition.Create(settings, strategies, start);
        var report = await provider.GetRequiredService<BacktestEngine>().RunAsync(candles, null, cancellationToken).ConfigureAwait(false);
        BacktestSummary.Render(report);
        if (result.GetValue(Json) is { } json)
        {
            await File.WriteAllTextAsync(json.FullName, JsonSerializer.Serialize(report, EventJson.Options), cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"report: {Markup.Escape(json.FullName)}");
        }

        return 0;
    }
}
