using CryptoAiBot.Cli.Composition;
using System.CommandLine;
using System.Globalization;
using CryptoAiBot.Application;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Infrastructure;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Logging;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Cli.Reconcile;

/// <summary>
/// <c>cab reconcile [--dry-run]</c>: one reconciliation of every configured symbol against the configured broker and
/// database, printing per symbol the missed fills, vanished orders, foreign orders and the position on both sides.
/// It takes the bot's instance lock, so it refuses while a bot runs on the database (that bot reconciles itself every
/// RECONCILE_INTERVAL_SEC); holding the lock, it may correct as the bot's own start-up pass does. <c>--dry-run</c>
/// compares only. Exit codes: 0 the books agree (after corrections), 1 unexplained drift or a correction that could not
/// be made, 2 settings errors, 3 could not run (lock held by a running bot, exchange unreadable).
/// </summary>
internal static class ReconcileCommand
{
    public const int DriftExitCode = 1;
    public const int CouldNotRunExitCode = 3;

    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Compare only: correct nothing, move no checkpoint" };

    public static Command Create()
    {
        var command = new Command("reconcile", "Reconcile orders, fills and positions with the exchange once and print the differences");
        command.Options.Add(DryRun);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(DryRun), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var loaded = SettingsLoader.LoadFromEnvironment();
        if (!loaded.IsValid)
        {
            await Console.Error.WriteLineAsync(new SettingsValidationException(loaded.Problems).Message).ConfigureAwait(false);
            return SettingsValidationException.ExitCode;
        }

        var time = TimeProvider.System;
        var runtime = await BotRuntime.OpenAsync(loaded.Settings, time, cancellationToken).ConfigureAwait(false);
        if (!runtime.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"error: not reconciled: {runtime.Error.Message}; a running bot reconciles itself, or stop it first")
                .ConfigureAwait(false);
            return CouldNotRunExitCode;
        }

        await using var opened = runtime.Value;
        await using var provider = CliServices.Build(loaded.Settings, opened, time);
        var reconcile = provider.GetRequiredService<ReconcileAccount>();
        var dust = loaded.Settings.ToApplicationOptions().Plan.DustQuantity;

        var exitCode = 0;
        foreach (var symbol in loaded.Settings.Trading.Symbols)
        {
            ReconciliationResult result;
            var (fills, closed) = (0, 0);
            if (dryRun)
            {
                var checkedOnly = await reconcile.CheckAsync(symbol, dust, cancellationToken).ConfigureAwait(false);
                if (!checkedOnly.IsSuccess)
                {
                    await Console.Error.WriteLineAsync($"error: {symbol}: exchange not readable: {checkedOnly.Error.Message}").ConfigureAwait(false);
                    return CouldNotRunExitCode;
                }

                result = checkedOnly.Value;
            }
            else
            {
                var outcome = await reconcile.ReconcileAsync(symbol, dust, "cab-reconcile", cancellationToken).ConfigureAwait(false);
                if (!outcome.IsSuccess)
                {
                    await Console.Error.WriteLineAsync($"error: {symbol}: exchange not readable: {outcome.Error.Message}").ConfigureAwait(false);
                    return CouldNotRunExitCode;
                }

                (result, fills, closed) = (outcome.Value.After, outcome.Value.FillsApplied, outcome.Value.OrdersClosed);
                await WriteFoundAsync(outcome.Value.Found).ConfigureAwait(false);
            }

            await WriteAsync(result, dryRun, fills, closed).ConfigureAwait(false);
            if (result.Pause is not null || (!dryRun && result.Actions.Count > 0))
            {
                exitCode = DriftExitCode;
            }
        }

        return exitCode;
    }

    private static async Task WriteFoundAsync(ReconciliationResult found)
    {
        foreach (var action in found.Actions)
        {
            var kind = action is CloseVanished ? "vanished order" : "missed fills";
            await Line($"{found.Symbol}: {kind} {action.Order.ClientOrderId} ({action.Order.Status}): {action.MissedTrades.Count} trade(s) not in our fills")
                .ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(ReconciliationResult result, bool dryRun, int fills, int closed)
    {
        var symbol = result.Symbol;
        if (dryRun)
        {
            await WriteFoundAsync(result).ConfigureAwait(false);
        }
        else
        {
            await Line($"{symbol}: corrected: {fills} missed fill(s) applied, {closed} vanished order(s) closed").ConfigureAwait(false);
        }

        foreach (var foreign in result.ForeignOrders)
        {
            await Line($"{symbol}: foreign order {foreign.ExchangeOrderId} ({foreign.ClientText}, {foreign.Side}, {foreign.Left}/{foreign.Amount} {foreign.AmountAsset} left): not touched")
                .ConfigureAwait(false);
        }

        foreach (var trade in result.UnmatchedTrades)
        {
            await Line($"{symbol}: trade {trade.TradeId} of order {trade.ExchangeOrderId} ({trade.ClientText}, {trade.Side} {trade.Amount}) belongs to no order of ours")
                .ConfigureAwait(false);
        }

        var drift = result.Drift;
        await Line($"{symbol}: position local {drift.Local + drift.Corrections} vs exchange {drift.Exchange} {symbol.Base}: difference {drift.Difference} (tolerance {drift.Tolerance})")
            .ConfigureAwait(false);
        await (result.Pause is { } pause ? Line($"{symbol}: UNEXPLAINED DRIFT: {pause.Reason}") : Line($"{symbol}: in agreement")).ConfigureAwait(false);
    }

    private static Task Line(FormattableString text) => Console.Out.WriteLineAsync(text.ToString(CultureInfo.InvariantCulture));
}
