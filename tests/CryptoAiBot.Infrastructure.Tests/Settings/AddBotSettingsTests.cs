using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class AddBotSettingsTests
{
    [Fact]
    public void Registers_each_section_directly_and_as_options()
    {
        var settings = SettingsLoader.Load(Variables.Of(("EVAL_INTERVAL_SEC", "1"), ("API_TOKEN", "t"))).GetOrThrow();

        using var provider = new ServiceCollection().AddBotSettings(settings).BuildServiceProvider();

        Assert.Same(settings, provider.GetRequiredService<BotSettings>());
        Assert.Same(settings.Orchestrator, provider.GetRequiredService<OrchestratorOptions>());
        Assert.Same(settings.Orchestrator, provider.GetRequiredService<IOptions<OrchestratorOptions>>().Value);
        Assert.Same(settings.Risk, provider.GetRequiredService<IOptions<RiskOptions>>().Value);
        Assert.Same(settings.ApiKeys, provider.GetRequiredService<ApiKeysOptions>());
        Assert.Equal("***", provider.GetRequiredService<SecretRedactor>().Redact("t"));
    }
}
