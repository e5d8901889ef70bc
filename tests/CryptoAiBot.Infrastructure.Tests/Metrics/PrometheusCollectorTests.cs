using System.Diagnostics.Metrics;
using CryptoAiBot.Application.Telemetry;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Infrastructure.Metrics;

namespace CryptoAiBot.Infrastructure.Tests.Metrics;

/// <summary>The collector against real instruments: the bot's <see cref="BotMetrics"/> and .NET's runtime meter.</summary>
public sealed class PrometheusCollectorTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    [Fact]
    public void Bot_measurements_are_exported_with_prometheus_names_labels_and_configured_buckets()
    {
        using var metrics = new BotMetrics([10, 100]);
        using var collector = new PrometheusCollector(metrics, includeRuntime: false);

        metrics.OrderPlaced(Btc, OrderSide.Buy, "entry");
        metrics.OrderPlaced(Btc, OrderSide.Buy, "entry");
        metrics.OrderFailed(Btc, OrderSide.Sell, ErrorCodeLabels.Of(Domain.Results.ErrorCode.InsufficientBalance));
        metrics.RiskBlocked("daily_loss");
        metrics.CycleCompleted("BTC/USDT", "eval", TimeSpan.FromMilliseconds(50));
        metrics.PositionChanged(Btc, 0.5m, -1.25m);
        metrics.PriceSeen(Btc, 60000m);
        var text = collector.Render();

        Assert.Contains("orders_placed_total{symbol=\"BTC/USDT\",side=\"buy\",reason=\"entry\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("orders_failed_total{symbol=\"BTC/USDT\",side=\"sell\",reason=\"insufficient_balance\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE risk_blocked_total counter\nrisk_blocked_total{rule=\"daily_loss\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"0.01\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"0.1\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"+Inf\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("position_size_base{symbol=\"BTC/USDT\"} 0.5\n", text, StringComparison.Ordinal);
        Assert.Contains("position_value_quote{symbol=\"BTC/USDT\"} 30000\n", text, StringComparison.Ordinal);
        Assert.Contains("realized_pnl_quote{symbol=\"BTC/USDT\"} -1.25\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_bot_in_the_same_process_is_not_mixed_in()
    {
        using var mine = new BotMetrics();
        using var other = new BotMetrics();
        using var collector = new PrometheusCollector(mine, includeRuntime: false);

        other.OrderPlaced(Btc, OrderSide.Buy, "entry");
        mine.RiskBlocked("cooldown");

        var text = collector.Render();
        Assert.DoesNotContain("orders_placed_total", text, StringComparison.Ordinal);
        Assert.Contains("risk_blocked_total{rule=\"cooldown\"} 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Observable_series_no_longer_reported_disappear_at_the_next_scrape()
    {
        using var meter = new Meter("test.observable." + Guid.NewGuid().ToString("N"));
        var reported = new List<Measurement<double>> { new(1, new KeyValuePair<string, object?>("symbol", "A")), new(2, new KeyValuePair<string, object?>("symbol", "B")) };
        meter.CreateObservableGauge("open_things", () => reported);
        using var collector = new PrometheusCollector(m => ReferenceEquals(m, meter));

        var first = collector.Render();
        reported.RemoveAt(0);
        var second = collector.Render();

        Assert.Contains("open_things{symbol=\"A\"} 1", first, StringComparison.Ordinal);
        Assert.DoesNotContain("symbol=\"A\"", second, StringComparison.Ordinal);
        Assert.Contains("open_things{symbol=\"B\"} 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_and_runtime_metrics_come_from_the_runtime_meter()
    {
        using var metrics = new BotMetrics();
        using var collector = new PrometheusCollector(metrics);

        var text = collector.Render();

        Assert.Contains("# TYPE dotnet_process_cpu_time_seconds_total counter", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_process_memory_working_set_bytes ", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total{", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_thread_pool_thread_count", text, StringComparison.Ordinal);
    }
}
