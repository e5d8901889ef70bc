using CryptoAiBot.Cli.Composition;
using System.CommandLine;
using CryptoAiBot.Application;
using CryptoAiBot.Infrastructure;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Logging;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CryptoAiBot.Cli.Smoke;

/// <summary><c>cab smoke</c>: exit 0 with a one-screen summary, or non-zero naming the failed step.</summary>
public static class SmokeCommand
{
    public const int StepFailedExitCode = 1;

    public static Command Create()
    {
        var command = new Command("smoke", "Run one full paper cycle (signal, risk, execute, exits, reconcile) on an in-memory database");
        command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var loaded = SettingsLoader.LoadFromEnvironment();
        if (!loaded.IsValid)
        {
            await Console.Error.WriteLineAsync(new SettingsValidationException(loaded.Problems).Message).ConfigureAwait(false);
            return SettingsValidationException.ExitCode;
        }

        var time = TimeProvider.System;
        var runtime = await BotRuntime.OpenAsync(loaded.Settings, time, cancellationToken, databasePath: ":memory:").ConfigureAwait(false);
        if (!runtime.IsSuccess)
        {
            AnsiConsole.MarkupLine($"[red]smoke failed at step 'start-up':[/] {Markup.Escape(runtime.Error.Message)}");
            return StepFailedExitCode;
        }

        await using var opened = runtime.Value;
        await using var provider = CliServices.Build(loaded.Settings, opened, time);

        var smoke = new SmokeRun(provider);
        var passed = await smoke.RunAsync(cancellationToken).ConfigureAwait(false);
        Render(smoke.Steps);
        var failed = smoke.Steps.FirstOrDefault(s => !s.Passed);
        if (!passed)
        {
            AnsiConsole.MarkupLine($"[red]smoke failed at step '{Markup.Escape(failed?.Name ?? "unknown")}'[/]");
            return StepFailedExitCode;
        }

        AnsiConsole.MarkupLine("[green]smoke passed[/]");
        return 0;
    }

    private static void Render(IReadOnlyList<SmokeStep> steps)
    {
        var table = new Table().AddColumn("step").AddColumn("result").AddColumn("detail");
        foreach (var step in steps)
        {
            table.AddRow(Markup.Escape(step.Name), step.Passed ? "[green]ok[/]" : "[red]FAILED[/]", Markup.Escape(step.Detail));
        }

        AnsiConsole.Write(table);
    }
}
