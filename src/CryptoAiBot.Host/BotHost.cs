using CryptoAiBot.Application;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Host.Endpoints;
using CryptoAiBot.Host.Hosting;
using CryptoAiBot.Host.Security;
using CryptoAiBot.Infrastructure;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Logging;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Host;

/// <summary>The composition root of the bot's process: settings → infrastructure → application → HTTP.</summary>
public static partial class BotHost
{
    /// <summary>Exit code when another process holds the instance lock or start-up cannot proceed.</summary>
    public const int StartupFailedExitCode = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var loaded = SettingsLoader.LoadFromEnvironment();
        foreach (var warning in loaded.Warnings)
        {
            await Console.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
        }

        if (!loaded.IsValid)
        {
            await Console.Error.WriteLineAsync(new SettingsValidationException(loaded.Problems).Message).ConfigureAwait(false);
            return SettingsValidationException.ExitCode;
        }

        var built = await BuildAsync(loaded.Settings, args, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        if (!built.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"Cannot start: {built.Error.Message}").ConfigureAwait(false);
            return StartupFailedExitCode;
        }

        // Disposing the app stops trading first and then closes the runtime (database, lock) it owns.
        await using var app = built.Value;
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (IOException ex)
        {
            // Kestrel could not bind (port in use, bad address); trading had not started yet.
            await Console.Error.WriteLineAsync($"Cannot start: {ex.Message}").ConfigureAwait(false);
            return StartupFailedExitCode;
        }
    }

    /// <summary>Builds the web application; the lock, database and broker are open when this returns successfully.</summary>
    public static async Task<Result<WebApplication>> BuildAsync(
        BotSettings settings, string[] args, TimeProvider time, CancellationToken cancellationToken, string? urls = null)
    {
        var runtime = await BotRuntime.OpenAsync(
            settings, time, cancellationToken, logging: logging => logging.AddBotConsole(SecretRedactor.For(settings), settings.Service.LogLevel, time))
            .ConfigureAwait(false);
        if (!runtime.IsSuccess)
        {
            return runtime.Error;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Logging.AddBotConsole(SecretRedactor.For(settings), settings.Service.LogLevel, time);
        builder.WebHost.UseUrls(urls ?? $"http://{settings.Service.HttpHost}:{settings.Service.HttpPort}");
        builder.Services.AddInfrastructure(settings, runtime.Value, time);
        builder.Services.AddApplication(settings.ToApplicationOptions());
        // Registered through a factory so the container owns it and closes it when the app is disposed.
        builder.Services.AddSingleton(_ => runtime.Value);
        builder.Services.AddSingleton(new ControlToken(settings.Service.ApiToken.IsSet ? settings.Service.ApiToken.Reveal() : null));
        builder.Services.AddSingleton<BearerTokenFilter>();
        builder.Services.AddSingleton<WebhookAuthFilter>();
        if (settings.Telegram.Enabled)
        {
            // Before trading: subscribed before the first event, stopped after trading has drained its outbox.
            builder.Services.AddHostedService<TelegramService>();
        }

        builder.Services.AddSingleton<TradingLifetime>();
        builder.Services.AddSingleton(sp => new Infrastructure.Metrics.PrometheusCollector(sp.GetRequiredService<Application.Telemetry.BotMetrics>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TradingLifetime>());
        builder.Services.AddHostedService<BackupSchedule>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.SwaggerEndpoint("/openapi/v1.json", "crypto-ai-bot v1");
        });
        app.MapHealthEndpoints();
        app.MapOrchestratorEndpoints();
        app.MapPnlEndpoints();
        app.MapOrderEndpoints();
        app.MapAlertmanagerEndpoints();
        app.MapMetricsEndpoints();
        app.Lifetime.ApplicationStopped.Register(() => LogSettings(app.Logger, "stopped", settings));
        LogSettings(app.Logger, "starting", settings);
        return app;
    }

    private static void LogSettings(ILogger logger, string phase, BotSettings settings) =>
        LogConfiguration(logger, phase, string.Join(" ", settings.Describe().Select(kv => $"{kv.Key}={kv.Value}")));

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Bot {Phase} with {Configuration}")]
    private static partial void LogConfiguration(ILogger logger, string phase, string configuration);
}
