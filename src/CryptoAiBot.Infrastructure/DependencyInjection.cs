using CryptoAiBot.Application.Ports;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Messaging;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Infrastructure;

/// <summary>The infrastructure layer's one DI entry point.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, BotSettings settings, BotRuntime runtime, TimeProvider time)
    {
        services.AddBotSettings(settings);
        services.AddSingleton(time);
        services.AddSingleton(runtime.Metrics);
        services.AddSingleton(runtime.Store);
        services.AddSingleton(runtime.InstanceLock);
        services.AddSingleton(runtime.MarketData);
        services.AddSingleton(runtime.Broker);
        if (runtime.ExchangeStops is { } exchangeStops)
        {
            services.AddSingleton(exchangeStops);
        }

        if (runtime.OrderCountdown is { } countdown)
        {
            services.AddSingleton(countdown);
        }

        services.AddSingleton<InMemoryEventBus>();
        services.AddSingleton<IEventBus>(sp => runtime.Crash is { } crash
            ? new CrashTesting.CrashingEventBus(sp.GetRequiredService<InMemoryEventBus>(), crash)
            : sp.GetRequiredService<InMemoryEventBus>());
        services.AddHttpClient(Macro.HttpMacroSource.ClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
        });
        if (settings.Telegram.Enabled)
        {
            Telegram.TelegramRegistration.Add(services, settings.Telegram);
        }

        var regime = settings.Regime;
        services.AddSingleton<IMacroSource>(sp => new Macro.HttpMacroSource(
            sp.GetRequiredService<IHttpClientFactory>(), regime.DxyUrl, regime.BtcDomUrl, regime.FomcUrl,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Macro.HttpMacroSource>>()));
        return services;
    }
}
