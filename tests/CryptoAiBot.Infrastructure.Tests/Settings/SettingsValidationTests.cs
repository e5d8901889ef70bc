using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SettingsValidationTests
{
    private const string KnownStrategies = "ema_cross, rsi_momentum, bollinger, atr_breakout, signals_policy";

    [Fact]
    public void Rejects_mtf_weights_summing_to_0_9()
    {
        var problem = Assert.Single(Problems(("MTF_W_H1", "0.3")));

        Assert.Equal("MTF weights must sum to 1.0 (±1e-9); got 0.9 (MTF_W_M15=0, MTF_W_H1=0.3, MTF_W_H4=0.3, MTF_W_D1=0.2, MTF_W_W1=0.1)", problem);
    }

    [Fact]
    public void Accepts_mtf_weights_within_tolerance_including_m15()
    {
        Assert.Empty(Problems(("MTF_W_M15", "0.1"), ("MTF_W_H1", "0.3"), ("MTF_W_W1", "0.1000000005")));
    }

    [Fact]
    public void Rejects_fusion_weights_summing_to_0_9()
    {
        var problem = Assert.Single(Problems(("FUSION_W_TECHNICAL", "0.55")));

        Assert.Equal("Fusion weights must sum to 1.0 (±1e-9); got 0.9 (FUSION_W_TECHNICAL=0.55, FUSION_W_AI=0.35)", problem);
    }

    [Fact]
    public void Rejects_a_negative_limit()
    {
        Assert.Equal(["RISK_MAX_SPREAD_PCT must not be negative; got -1"], Problems(("RISK_MAX_SPREAD_PCT", "-1")));
    }

    [Fact]
    public void Rejects_an_unknown_strategy()
    {
        Assert.Equal([$"STRATEGY_SET: unknown strategy 'foo'; known: {KnownStrategies}"], Problems(("STRATEGY_SET", "ema_cross,foo")));
    }

    [Fact]
    public void Rejects_an_unknown_mode()
    {
        Assert.Equal(["MODE: 'foo' is not one of paper, live"], Problems(("MODE", "foo")));
    }

    [Fact]
    public void Rejects_an_unknown_price_feed()
    {
        Assert.Equal(["PRICE_FEED: 'foo' is not one of sim, fixed, live"], Problems(("PRICE_FEED", "foo")));
    }

    [Theory]
    [InlineData("EVAL_INTERVAL_SEC")]
    [InlineData("EXITS_INTERVAL_SEC")]
    [InlineData("RECONCILE_INTERVAL_SEC")]
    [InlineData("WATCHDOG_INTERVAL_SEC")]
    [InlineData("SETTLEMENT_INTERVAL_SEC")]
    [InlineData("SETTLEMENT_TIMEOUT_SEC")]
    [InlineData("DMS_TIMEOUT_MS")]
    public void Rejects_a_zero_interval(string name)
    {
        Assert.Equal([$"{name} must be > 0; got 0"], Problems((name, "0")));
    }

    [Fact]
    public void Reports_a_value_that_is_not_a_number()
    {
        Assert.Equal(["RISK_COOLDOWN_SEC: 'abc' is not a number"], Problems(("RISK_COOLDOWN_SEC", "abc")));
    }

    [Fact]
    public void Requires_a_positive_fixed_price_for_the_fixed_feed()
    {
        Assert.Equal(["FIXED_PRICE must be > 0 when PRICE_FEED=fixed; got 0"], Problems(("PRICE_FEED", "fixed")));
    }

    [Theory]
    [InlineData("weighted", "", "STRATEGY_SCORES is required when STRATEGY_MODE=weighted")]
    [InlineData("weighted", "ema_cross:0.9", "STRATEGY_SCORES weights must sum to 1.0 (±1e-9); got 0.9 (ema_cross=0.9)")]
    [InlineData("vote", "rsi_momentum:1", "STRATEGY_SCORES: 'rsi_momentum' is not in STRATEGY_SET (ema_cross)")]
    [InlineData("vote", "ema_cross:-1", "STRATEGY_SCORES: weight of 'ema_cross' must not be negative; got -1")]
    [InlineData("vote", "ema_cross", "STRATEGY_SCORES: 'ema_cross' is not name:weight")]
    public void Validates_strategy_scores(string mode, string scores, string expected)
    {
        var problem = Assert.Single(Problems(("STRATEGY_MODE", mode), ("STRATEGY_SCORES", scores)));

        Assert.StartsWith(expected, problem);
    }

    [Fact]
    public void Requires_fast_ema_below_slow_ema()
    {
        Assert.Equal(["EMA_FAST must be less than EMA_SLOW; got EMA_FAST=30, EMA_SLOW=26"], Problems(("EMA_FAST", "30")));
    }

    [Fact]
    public void Requires_both_keys_in_live_mode()
    {
        var problems = Problems(("MODE", "live"));

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("MODE=live requires API_KEY ", problems[0]);
        Assert.StartsWith("MODE=live requires API_SECRET ", problems[1]);
    }

    [Fact]
    public void Requires_an_allow_list_for_telegram_commands()
    {
        var problems = Problems(("TELEGRAM_ENABLED", "1"), ("TELEGRAM_BOT_TOKEN", "t"), ("TELEGRAM_CHAT_ID", "5"), ("TELEGRAM_BOT_COMMANDS_ENABLED", "yes"));

        Assert.Equal(["TELEGRAM_ALLOWED_USERS must list at least one user id when TELEGRAM_BOT_COMMANDS_ENABLED=1"], problems);
    }

    [Fact]
    public void Lists_every_problem_when_many_are_wrong_at_once()
    {
        var result = SettingsLoader.Load(Variables.Of(
            ("MODE", "foo"),
            ("PRICE_FEED", "foo"),
            ("MTF_W_H1", "0.3"),
            ("FUSION_W_TECHNICAL", "0.55"),
            ("RISK_MAX_SPREAD_PCT", "-1"),
            ("STRATEGY_SET", "foo"),
            ("EVAL_INTERVAL_SEC", "0"),
            ("RISK_COOLDOWN_SEC", "abc"),
            ("SYMBOLS", "not-a-pair-at-all"),
            ("SANDBOX", "maybe")));

        string[] expected =
        [
            "MODE: 'foo' is not one of paper, live",
            "PRICE_FEED: 'foo' is not one of sim, fixed, live",
            "MTF weights must sum to 1.0 (±1e-9); got 0.9",
            "Fusion weights must sum to 1.0 (±1e-9); got 0.9",
            "RISK_MAX_SPREAD_PCT must not be negative; got -1",
            $"STRATEGY_SET: unknown strategy 'foo'; known: {KnownStrategies}",
            "EVAL_INTERVAL_SEC must be > 0; got 0",
            "RISK_COOLDOWN_SEC: 'abc' is not a number",
            "SYMBOLS: 'not-a-pair-at-all' is not a trading pair",
            "SANDBOX: 'maybe' is not a boolean",
        ];
        Assert.False(result.IsValid);
        Assert.Null(result.Settings);
        Assert.All(expected, e => Assert.Contains(result.Problems, p => p.StartsWith(e, StringComparison.Ordinal)));
        Assert.Equal(expected.Length, result.Problems.Count);

        var exception = Assert.Throws<SettingsValidationException>(() => result.GetOrThrow());
        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal(expected.Length + 1, lines.Length);
        Assert.All(result.Problems, p => Assert.Contains($"  - {p}", lines));
        Assert.Equal(2, SettingsValidationException.ExitCode);
    }

    private static IReadOnlyList<string> Problems(params (string Name, string? Value)[] pairs) =>
        SettingsLoader.Load(Variables.Of(pairs)).Problems;
}
