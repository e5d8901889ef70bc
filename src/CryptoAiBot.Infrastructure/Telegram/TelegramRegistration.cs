using CryptoAiBot.Application.Alerts;
using CryptoAiBot.Application.Commands;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Telegram;

/// <summary>Registers the Telegram client, the alert publisher, the health watch and (when commands are on) the command poller.</summary>
internal static class TelegramRegistration
{
    /// <summary>A command older than this when it arrives (e.g. sent while the bot was down) is ignored, not executed late.</summary>
    private static readonly TimeSpan MaxCommandAge = TimeSpan.FromMinutes(2);

    public static void Add(IServiceCollection services, TelegramOptions telegram)
    {
        services.AddHttpClient(TelegramBotApi.ClientName, client =>
            {
                // Every call sets its own deadline: a long poll legitimately lasts longer than a send.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
            })
            .RemoveAllLoggers();
        services.AddSingleton(sp => new TelegramBotApi(sp.GetRequiredService<IHttpClientFactory>(), telegram.ApiUrl, telegram.BotToken));
        services.AddSingleton<IChatMessenger>(sp => sp.GetRequiredService<TelegramBotApi>());
        services.AddSingleton(new AlertOptions(
            telegram.EffectiveAlertsChatId, telegram.AlertDedupWindow, telegram.AlertRatePerMinute, telegram.AlertQueueCapacity, telegram.RetryMax));
        services.AddSingleton(sp =>
        {
            var alerts = ActivatorUtilities.CreateInstance<AlertPublisher>(sp);
            sp.GetRequiredService<Application.Telemetry.BotMetrics>().WatchAlerts(alerts);
            return alerts;
        });
        services.AddSingleton<HealthWatch>();
        if (telegram.BotCommandsEnabled)
        {
            services.AddSingleton(new ChatCommandOptions(telegram.UserRoles, MaxCommandAge));
            services.AddSingleton<ChatCommandHandler>();
            services.AddSingleton(sp => new TelegramCommandPoller(
                sp.GetRequiredService<TelegramBotApi>(), sp.GetRequiredService<ChatCommandHandler>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TelegramCommandPoller>>()));
        }
    }
}
