using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary><c>GET /metrics</c> of the production composition, read by Prometheus' own checker.</summary>
public sealed class MetricsEndpointTests
{
    private const string Token = "test-token";

    [Fact]
    public async Task Limit_usage_shows_what_the_risk_manager_measured_before_the_last_buy()
    {
        using var temp = new TempDirectory();
        var environment = RunningBot.Idle(temp, Token).With("SAFETY_MAX_ORDERS_PER_DAY", "4").With("RISK_DAILY_LOSS_LIMIT_QUOTE", "1000").With("RISK_COOLDOWN_SEC", "0");
        await using var bot = await RunningBot.StartAsync(environment);

        // Buy, sell, buy: the last buy is checked against the two orders placed before it today.
        foreach (var (side, key) in new[] { ("buy", "usage-1"), ("sell", "usage-2"), ("buy", "usage-3") })
        {
            var (status, body) = await bot.Client.PostTextAsync($"/orders?side={side}", Token, ("Idempotency-Key", key));
            Assert.True(status == 200, body);
        }

        var (_, text) = await bot.Client.GetTextAsync("/metrics");

        Assert.Contains("risk_limit_usage_ratio{rule=\"max_orders_per_day\"} 0.5\n", text, StringComparison.Ordinal);
        // The round trip's fees are today's only loss: a sliver of the 1000 USDT limit.
        var dailyLoss = System.Text.RegularExpressions.Regex.Match(text, "risk_limit_usage_ratio\\{rule=\"daily_loss\"\\} (\\S+)\n");
        Assert.True(dailyLoss.Success, text);
        Assert.InRange(double.Parse(dailyLoss.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1e-9, 1e-3);
        Assert.DoesNotContain("rule=\"max_orders_5m\"", text, StringComparison.Ordinal); // not configured: no usage
    }

    [Fact]
    public async Task Metrics_are_text_format_004_that_promtool_accepts_and_count_an_operator_order()
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));
        var (bought, body) = await bot.Client.PostTextAsync("/orders?side=buy", Token, ("Idempotency-Key", "metrics-1"));
        Assert.True(bought == 200, body);

        // The loops beat once their first pass (after the start-up reconciliation) is done: scrape until the eval loop has.
        HttpResponseMessage response = null!;
        var text = "";
        for (var attempt = 0; attempt < 100 && !text.Contains("loop=\"eval\"", StringComparison.Ordinal); attempt++)
        {
            response?.Dispose();
            await Task.Delay(attempt == 0 ? 0 : 100);
            response = await bot.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
            text = await response.Content.ReadAsStringAsync();
        }

        using var scraped = response;
        var (exitCode, output) = await ExternalTool.RunAsync(promtool, ["check", "metrics"], text);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.True(exitCode == 0, $"promtool check metrics: {output}\n{text}");
        Assert.Contains("orders_placed_total{symbol=\"BTC/USDT\",side=\"buy\",reason=\"manual\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("fills_total{symbol=\"BTC/USDT\",side=\"buy\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE cycle_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("heartbeat_age_seconds{symbol=\"BTC/USDT\",loop=\"eval\"}", text, StringComparison.Ordinal);
        Assert.Contains("orchestrator_state{symbol=\"BTC/USDT\",state=\"running\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_process_cpu_time_seconds_total", text, StringComparison.Ordinal);
        Assert.Contains("event_bus_queue_depth ", text, StringComparison.Ordinal);
    }
}
