using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>The Prometheus files in <c>ops/prometheus</c>, checked by promtool: config, rules, and the rules' unit tests.</summary>
public sealed class MonitoringAssetsTests
{
    private static readonly string Ops = Path.Combine(RepositoryPaths.Root, "ops", "prometheus");

    [Theory]
    [InlineData("check", "config", "prometheus.yml")]
    [InlineData("check", "rules", "alerts.yml")]
    [InlineData("test", "rules", "alerts.test.yml")]
    public async Task Promtool_accepts_the_ops_files(string verb, string what, string file)
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");

        var (exitCode, output) = await ExternalTool.RunAsync(promtool, [verb, what, Path.Combine(Ops, file)]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alert_rules_cover_what_the_operator_must_hear_about()
    {
        var rules = File.ReadAllText(Path.Combine(Ops, "alerts.yml"));

        foreach (var alert in new[]
                 {
                     "BotDown", "BotNotReady", "HeartbeatStale", "DeadMansSwitchFired", "RiskBlocksSpiking", "ReconciliationDrift",
                     "DailyLossNearLimit", "BrokerErrorRate",
                 })
        {
            Assert.Contains($"alert: {alert}\n", rules, StringComparison.Ordinal);
        }
    }
}
