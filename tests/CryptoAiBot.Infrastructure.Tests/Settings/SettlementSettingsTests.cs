using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SettlementSettingsTests
{
    [Fact]
    public void Settlement_timeout_reaches_the_application_and_is_described()
    {
        var result = SettingsLoader.Load(Variables.Of(("SETTLEMENT_TIMEOUT_SEC", "45")));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(TimeSpan.FromSeconds(45), result.Settings.Orchestrator.SettlementTimeout);
        Assert.Equal(TimeSpan.FromSeconds(45), result.Settings.ToApplicationOptions().SettlementOrDefault.Timeout);
        Assert.Equal("45", result.Settings.Describe()["SETTLEMENT_TIMEOUT_SEC"]);
    }

    [Fact]
    public void Rejects_a_negative_settlement_timeout()
    {
        var problems = SettingsLoader.Load(Variables.Of(("SETTLEMENT_TIMEOUT_SEC", "-5"))).Problems;

        Assert.Contains(problems, p => p.StartsWith("SETTLEMENT_TIMEOUT_SEC", StringComparison.Ordinal));
    }
}
