using System.CommandLine;
using CryptoAiBot.Application.Backtesting;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Settings;
using Symbol = CryptoAiBot.Domain.Markets.Symbol;

namespace CryptoAiBot.Cli.Backtest;

/// <summary>
/// <c>cab backtest --config bot.env</c>: backtests what the bot would trade with that file — STRATEGY_SET /
/// STRATEGY_MODE / STRATEGY_SCORES and every strategy parameter, the trend filter and fusion, the position
/// sizer, every risk limit, the stops, the fee and the starting balance — through the settings module, with
/// the same validation (every problem listed). Only the file is read, never the process environment, so the
/// result is reproducible. A file with the macro regime filter on is refused: there is no macro history to replay
/// it on. Command-line options that the file decides are refused rather than silently mixed.
/// </summary>
internal static class BacktestConfigFile
{
    public static readonly Option<string?> Config = BacktestArguments.Text(
        "--config", "A .env file: backtest its strategies, trend filter, sizer, risk limits, stops, fee and balance exactly as the bot would trade them");

    /// <summary>
    /// Reads and validates the file for candles of <paramref name="timeframe"/> (TRADING_TIMEFRAME when null);
    /// null, with every problem recorded, when it is unusable.
    /// </summary>
    public static BacktestConfiguration? Read(BacktestArguments a, string path, Symbol symbol, Timeframe? timeframe, BacktestSettings cli)
    {
        var result = SettingsLoader.LoadTradingConfiguration(path);
        foreach (var problem in result.Problems)
        {
            a.Problem($"--config {path}: {problem}");
        }

        if (result.Settings is not { } settings)
        {
            return null;
        }

        if (settings.Regime.Enabled)
        {
            // Refused rather than ignored: the filter reads today's macro sources, and judging history by today's
            // dollar index would be lookahead; without it the result would not be what the file trades.
            a.Problem($"--config {path}: REGIME_ENABLED=1: the macro regime filter reads live sources and has no history to replay; " +
                "set REGIME_ENABLED=0 in a copy of the file to backtest the rest");
            return null;
        }

        var input = timeframe ?? Timeframe.Parse(settings.Trading.Timeframe);
        var options = settings.ToApplicationOptions();
        var entries = options.EntriesOrOpen;
        try
        {
            entries.CreateGate(input, Domain.Trading.NoAiOpinion.Instance);
        }
        catch (ArgumentException e)
        {
            a.Problem($"--config {path}: the MTF weights cannot be used on {input} candles: {e.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }

        var exits = options.Exits;
        var parameters = new BacktestParameters(
            settings.Strategy.EmaFast, settings.Strategy.EmaSlow, 0m, exits.StopLossPct, exits.TrailingPct, settings.Trading.FixedAmount);
        var backtest = cli with
        {
            Symbol = symbol,
            Plan = options.Plan with { Timeframe = input },
            Exits = exits,
            StartQuote = settings.Paper.StartQuote,
            FeePct = settings.Paper.FeePct,
            Entries = entries,
        };
        return new BacktestConfiguration(backtest, parameters, options.StrategiesOrDefault);
    }

    /// <summary>Records a problem for every given option the file decides instead.</summary>
    public static void RejectOverrides(BacktestArguments a, IEnumerable<(Option Option, string Variables)> decidedByFile)
    {
        foreach (var (option, variables) in decidedByFile)
        {
            if (a.Given(option))
            {
                a.Problem($"{option.Name} cannot be combined with --config; set {variables} in the file");
            }
        }
    }
}
