using CryptoAiBot.Infrastructure.CrashTesting;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

/// <summary>CRASH_AT and EXCHANGE_ORDER_VISIBILITY_SEC: test-only behaviour that a bot trading real money must never get.</summary>
public sealed class CrashTestSettingsTests
{
    private static readonly (string, string?)[] RealMoney = [("MODE", "live"), ("API_KEY", "k"), ("API_SECRET", "s")];

    private static readonly (string, string?)[] Simulator =
        [("MODE", "live"), ("SANDBOX", "1"), ("EXCHANGE_URL", "http://127.0.0.1:8089/api/v4"), ("API_KEY", "k"), ("API_SECRET", "s")];

    [Theory]
    [InlineData("request_sent", CrashStep.RequestSent, 1)]
    [InlineData("FILLS_RECORDED:3", CrashStep.FillsRecorded, 3)]
    public void Crash_at_a_step_is_read_against_a_simulator(string value, CrashStep step, int arrival)
    {
        var settings = SettingsLoader.Load(Variables.Of([.. Simulator, ("CRASH_AT", value)])).GetOrThrow();

        Assert.Equal((step, arrival), (settings.Crash.Step, settings.Crash.Arrival));
    }

    [Fact]
    public void Crash_at_is_refused_for_a_bot_trading_real_money()
    {
        var problem = Assert.Single(SettingsLoader.Load(Variables.Of([.. RealMoney, ("CRASH_AT", "intent_stored")])).Problems);

        Assert.StartsWith("CRASH_AT kills the process on purpose and is for crash tests only", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_step_and_a_bad_arrival_are_both_reported_naming_the_steps()
    {
        var problems = SettingsLoader.Load(Variables.Of(("CRASH_AT", "somewhere:0"))).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("'somewhere' is not a step; use one of intent_stored, request_sent, response_received, fills_recorded, event_published", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("must be a whole number from 1; got '0'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unset_crash_at_means_no_crash()
    {
        Assert.Null(SettingsLoader.Load(Variables.Of(Simulator)).GetOrThrow().Crash.Step);
    }

    [Fact]
    public void An_order_visibility_below_gates_ten_seconds_is_refused_for_real_money_and_allowed_against_a_simulator()
    {
        var problem = Assert.Single(SettingsLoader.Load(Variables.Of([.. RealMoney, ("EXCHANGE_ORDER_VISIBILITY_SEC", "2")])).Problems);
        var simulated = SettingsLoader.Load(Variables.Of([.. Simulator, ("EXCHANGE_ORDER_VISIBILITY_SEC", "1")])).GetOrThrow();

        Assert.StartsWith("EXCHANGE_ORDER_VISIBILITY_SEC must be at least 10 against Gate.io", problem, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), simulated.Broker.NewOrderVisibility);
        Assert.Equal(TimeSpan.FromSeconds(20), SettingsLoader.Load(Variables.Of(RealMoney)).GetOrThrow().Broker.NewOrderVisibility);
    }
}
