using System.Globalization;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Host.Tests;

/// <summary>A real Prometheus scrapes a running paper bot; what its query API returns matches the bot's own state.</summary>
public sealed class PrometheusScrapeTests
{
    private const string Token = "test-token";

    [Fact]
    public async Task Prometheus_scrapes_the_bot_and_its_order_fill_and_position_values_match_the_bots_books()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));
        foreach (var (side, key) in new[] { ("buy", "p-1"), ("sell", "p-2") })
        {
            var (status, body) = await bot.Client.PostTextAsync($"/orders?side={side}", Token, ("Idempotency-Key", key));
            Assert.True(status == 200, body);
        }

        // The market never moves, so nothing else trades: the books are final (a second buy would meet the cooldown).
        var store = bot.Services.GetRequiredService<ITradingStore>();
        var btc = Symbol.Parse("BTC/USDT");
        var orders = (await store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Count;
        var fills = (await store.GetFillsAsync(btc, CancellationToken.None)).Count;
        var position = (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("position_base").GetDecimal();

        await using var prometheus = await PrometheusServer.StartAsync(bot.BaseAddress);
        var up = await prometheus.WaitForAsync("up{job=\"bot\"}", v => v == 1);
        var placed = await prometheus.WaitForAsync("sum(orders_placed_total{job=\"bot\"})", v => v >= orders);
        var filled = await prometheus.WaitForAsync("sum(fills_total{job=\"bot\"})", v => v >= fills);
        var size = await prometheus.WaitForAsync("position_size_base{job=\"bot\",symbol=\"BTC/USDT\"}", _ => true);
        await prometheus.WaitForAsync("count(heartbeat_age_seconds{job=\"bot\",loop=\"eval\"})", v => v >= 1);
        var heartbeats = await prometheus.QueryAsync("heartbeat_age_seconds{job=\"bot\"}");
        var runtime = await prometheus.QueryAsync("dotnet_process_memory_working_set_bytes{job=\"bot\"}");

        Assert.Equal(1, up);
        Assert.Equal(2, orders);
        Assert.Equal(orders, placed);
        Assert.Equal(fills, filled);
        Assert.NotNull(size);
        Assert.Equal((double)position, size!.Value, 12);
        Assert.Contains(heartbeats, h => h.Labels["symbol"] == "BTC/USDT" && h.Labels["loop"] == "eval");
        Assert.True(runtime.Count == 1 && runtime[0].Value > 0, string.Create(CultureInfo.InvariantCulture, $"{runtime.Count} working-set samples"));
    }
}
