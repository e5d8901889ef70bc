using System.CommandLine;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// <c>cab backtest</c>: replays a candle file through the live decision and execution code and prints the
/// fill model, the metrics and the trades; <c>--json</c> and <c>--html</c> write the full, byte-reproducible
/// report. <c>--sweep</c> runs a parameter grid in parallel and ranks it. Exit codes: 0 done, 1 bad data
/// file (every bad line named), 2 bad usage (every problem named).
/// </summary>
public static class BacktestCommand
{
    private static readonly Option<string?> Data = BacktestArguments.Text("--data", "Candle CSV (timestamp_ms,open,high,low,close,volume), or a SQLite database (.sqlite3/.sqlite/.db) holding candles stored by 'cab data import'. Required.");
    private static readonly Option<string?> SymbolOption = BacktestArguments.Text("--symbol", "Market, e.g. BTC/USDT (default BTC/USDT)");
    private static readonly Option<string?> TimeframeOption = BacktestArguments.Text("--timeframe", "Candle timeframe of the file (default 1m)");
    private static readonly Option<string?> From = BacktestArguments.Text("--from", "First candle time (UTC, ISO-8601)");
    private static readonly Option<string?> To = BacktestArguments.Text("--to", "End time, exclusive (UTC, ISO-8601)");
    private static readonly Option<string?> Fill = BacktestArguments.Text("--fill", "next-open (default) or signal-close");
    private static readonly Option<string?> Slippage = BacktestArguments.Text("--slippage-bps", "Slippage in basis points on every fill (default 0)");
    private static readonly Option<string?> Stops = BacktestArguments.Text("--stops", "close (default) or intrabar");
    private static readonly Option<string?> Fee = BacktestArguments.Text("--fee-pct", "Fee per side in percent (default 0.2)");
    private static readonly Option<string?> StartQuote = BacktestArguments.Text("--start-quote", "Starting balance in quote (default 10000)");
    private static readonly Option<string?> Amount = BacktestArguments.Text("--amount", "Quote spent per entry (default 1000)");
    private static readonly Option<string?> StopLoss = BacktestArguments.Text("--stop-loss-pct", "Hard stop below entry, percent; 0 = off (default 3)");
    private static readonly Option<string?> Trailing = BacktestArguments.Text("--trailing-pct", "Trailing stop, percent; 0 = off (default 0)");
    private static readonly Option<string?> EmaFast = BacktestArguments.Text("--ema-fast", "Fast EMA period (default 12)");
    private static readonly Option<string?> EmaSlow = BacktestArguments.Text("--ema-slow", "Slow EMA period (default 26)");
    private static readonly Option<string?> RsiEntryMax = BacktestArguments.Text("--rsi-entry-max", "Enter only while RSI(14) is below this; 0 = no filter (default 0)");
    private static readonly Option<string?> Json = BacktestArguments.Text("--json", "Write the full report (with --sweep: every run, ranked) as JSON");
    private static readonly Option<string?> Html = BacktestArguments.Text("--html", "Write a self-contained HTML report with equity and drawdown charts");
    private static readonly Option<string?> Trades = BacktestArguments.Text("--trades", $"Trades listed in the terminal, the latest ones; 0 = none (default {BacktestTradeTable.DefaultRows})");
    private static readonly Option<bool> NoProgress = new("--no-progress") { Description = "No progress bar (none is drawn when output is redirected)", Arity = ArgumentArity.Zero };
    private static readonly Option<string?> Sweep = BacktestArguments.Text(
        "--sweep", $"Parameter grid, e.g. \"ema-fast=5,8,12;ema-slow=20,26,50;stop-loss-pct=2,3\"; names: {string.Join(", ", BacktestParameters.Names)}");
    private static readonly Option<string?> RankBy = BacktestArguments.Text("--rank-by", $"Sweep ranking: {string.Join(", ", SweepRanking.Choices.Keys)} (default sharpe)");
    private static readonly Option<string?> Parallel = BacktestArguments.Text("--parallel", "Sweep runs at once (default: one per core)");

    public static Command Create()
    {
        var command = new Command("backtest", "Replay candles through the live trading code and report the results") { TreatUnmatchedTokensAsErrors = false };
        foreach (var option in new Option[]
        {
            Data, SymbolOption, TimeframeOption, From, To, Fill, Slippage, Stops, Fee, StartQuote, Amount, StopLoss, Trailing,
            EmaFast, EmaSlow, RsiEntryMax, Json, Html, Trades, NoProgress, Sweep, RankBy, Parallel,
        }.Concat(BacktestEntryOptions.All).Append(BacktestConfigFile.Config))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var arguments = new BacktestArguments(result);
            var request = Read(arguments);
            return request is null
                ? await arguments.ReportAsync().ConfigureAwait(false)
                : await BacktestRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static BacktestRequest? Read(BacktestArguments a)
    {
        var file = a.ExistingFile(Data);
        var symbolText = a.Optional(SymbolOption) ?? "BTC/USDT";
        var configPath = a.Optional(BacktestConfigFile.Config);
        var timeframeGiven = a.Optional(TimeframeOption);
        var timeframeText = timeframeGiven ?? "1m";
        var symbolOk = Symbol.TryParse(symbolText, out var symbol);
        var timeframeOk = Timeframe.TryParse(timeframeText, out var timeframe);
        Check(a, symbolOk, $"--symbol: '{symbolText}' is not a pair such as BTC/USDT");
        Check(a, timeframeOk, $"--timeframe: '{timeframeText}' is not one of {string.Join(", ", Timeframe.All)}");
        var (from, to) = (a.Time(From), a.Time(To));
        Check(a, from is null || to is null || from < to, "--from must be before --to");
        var fill = a.Choice(Fill, FillModel.NextOpen, new Dictionary<string, FillModel> { ["next-open"] = FillModel.NextOpen, ["signal-close"] = FillModel.SignalClose });
        var stops = a.Choice(Stops, StopEvaluation.OnClose, new Dictionary<string, StopEvaluation> { ["close"] = StopEvaluation.OnClose, ["intrabar"] = StopEvaluation.Intrabar });
        var slippage = a.Decimal(Slippage, 0m);
        var fee = a.Decimal(Fee, 0.2m);
        var startQuote = a.Decimal(StartQuote, 10_000m);
        Check(a, slippage is >= 0m and < 10_000m, $"--slippage-bps must be at least 0 and below 10000; got {slippage}");
        Check(a, fee is >= 0m and < 100m, $"--fee-pct must be at least 0 and below 100; got {fee}");
        Check(a, startQuote > 0m, $"--start-quote must be positive; got {startQuote}");
        var parameters = new BacktestParameters(
            a.Int(EmaFast, 12), a.Int(EmaSlow, 26), a.Decimal(RsiEntryMax, 0m), a.Decimal(StopLoss, 3m), a.Decimal(Trailing, 0m), a.Decimal(Amount, 1_000m));
        var entries = timeframeOk ? BacktestEntryOptions.ReadEntries(a, timeframe) : EntryPolicy.Open;
        var sizer = BacktestEntryOptions.ReadSizer(a);
        var (json, html) = (a.OutputFile(Json), a.OutputFile(Html));
        var tradeRows = a.Int(Trades, BacktestTradeTable.DefaultRows);
        Check(a, tradeRows >= 0, $"--trades must be at least 0; got {tradeRows}");
        var rankBy = a.Choice(RankBy, RankMetric.Sharpe, SweepRanking.Choices);
        var parallelism = a.Int(Parallel, Environment.ProcessorCount);
        Check(a, parallelism >= 1, $"--parallel must be at least 1; got {parallelism}");
        SweepGrid? grid = null;
        if (a.Optional(Sweep) is { } spec)
        {
            grid = SweepGrid.Parse(spec, out var problems);
            a.Problems(problems);
            Check(a, html is null, "--html renders a single run; rerun the chosen parameters without --sweep");
        }
        else
        {
            a.Problems(parameters.Problems());
            Check(a, !a.Given(RankBy) && !a.Given(Parallel), "--rank-by and --parallel apply to --sweep only");
        }

        if (!a.IsValid || file is null)
        {
            return null;
        }

        var settings = parameters.ApplyTo(new BacktestSettings(
            symbol, new TradingPlan(timeframe, parameters.Amount, RiskLimits.None, fee, Sizer: sizer), ExitPolicy.Default, startQuote, fee, fill, slippage, stops)
        {
            Entries = entries,
        });
        StrategyFactory? strategies = null;
        if (configPath is not null)
        {
            BacktestConfigFile.RejectOverrides(a, DecidedByConfig);
            Check(a, grid is null, "--sweep varies the command-line strategy; it cannot be combined with --config");
            var config = BacktestConfigFile.Read(a, configPath, symbol, timeframeGiven is null ? null : timeframe, settings);
            if (config is null || !a.IsValid)
            {
                return null;
            }

            (settings, parameters, strategies) = (config.Settings, config.Parameters, config.Strategies);
        }

        return new BacktestRequest(file, settings, parameters, from, to, json, html, a.Flag(NoProgress), grid, rankBy, parallelism, strategies, tradeRows);
    }

    /// <summary>Options a <c>--config</c> file decides, with the variables to set there instead.</summary>
    private static IEnumerable<(Option, string)> DecidedByConfig =>
    [
        (EmaFast, "EMA_FAST"), (EmaSlow, "EMA_SLOW"), (RsiEntryMax, "STRATEGY_SET and RSI_*"), (Amount, "FIXED_AMOUNT"),
        (StopLoss, "RISK_STOP_LOSS_PCT"), (Trailing, "RISK_TRAILING_PCT"), (Fee, "PAPER_FEE_PCT"), (StartQuote, "PAPER_START_QUOTE"),
        (BacktestEntryOptions.Trend, "MTF_ENABLED and MTF_W_*"), (BacktestEntryOptions.Sizer, "POSITION_SIZER"),
        (BacktestEntryOptions.KellyWinRate, "KELLY_WIN_RATE"), (BacktestEntryOptions.KellyPayoff, "KELLY_PAYOFF_RATIO"),
        (BacktestEntryOptions.KellyFraction, "KELLY_FRACTION"), (BacktestEntryOptions.TargetVolPct, "TARGET_VOL_PCT"),
        (BacktestEntryOptions.TargetVolMax, "TARGET_VOL_MAX_QUOTE"),
    ];

    private static void Check(BacktestArguments arguments, bool condition, string problem)
    {
        if (!condition)
        {
            arguments.Problem(problem);
        }
    }
}
