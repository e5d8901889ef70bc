using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Registers loaded settings so services take a section (or <see cref="IOptions{TOptions}"/> of it), never the environment.</summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <paramref name="settings"/>, each section as itself and as <see cref="IOptions{TOptions}"/>, and a
    /// <see cref="SecretRedactor"/> for its secrets. Settings are validated before this is called
    /// (<see cref="SettingsLoader"/>), so nothing is validated again here.
    /// </summary>
    public static IServiceCollection AddBotSettings(this IServiceCollection services, BotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);

        services.AddSingleton(settings);
        services.AddSingleton(SecretRedactor.For(settings));
        AddSection(services, settings.Trading);
        AddSection(services, settings.Paper);
        AddSection(services, settings.Risk);
        AddSection(services, settings.Safety);
        AddSection(services, settings.Idempotency);
        AddSection(services, settings.Orchestrator);
        AddSection(services, settings.Storage);
        AddSection(services, settings.Service);
        AddSection(services, settings.Broker);
        AddSection(services, settings.Strategy);
        AddSection(services, settings.Mtf);
        AddSection(services, settings.Fusion);
        AddSection(services, settings.Regime);
        AddSection(services, settings.Telegram);
        AddSection(services, settings.Alertmanager);
        AddSection(services, settings.ApiKeys);
        return services;
    }

    private static void AddSection<T>(IServiceCollection services, T section)
        where T : class
    {
        services.AddSingleton(section);
        services.AddSingleton(Options.Create(section));
    }
}
