using System.Text;
using CryptoAiBot.Infrastructure.Metrics;

namespace CryptoAiBot.Infrastructure.Tests.Metrics;

/// <summary>The text exposition format 0.0.4 as we write it: escaping, counters, gauges and the histogram's shape.</summary>
public sealed class PrometheusTextWriterTests
{
    [Fact]
    public void Label_values_escape_backslash_quote_and_newline_and_help_escapes_backslash_and_newline()
    {
        var family = new MetricFamily("risk_blocked_total", "Denied \\ by a rule\nper rule \"name\"", MetricKind.Counter);
        family.Get(new KeyValuePair<string, string>("rule", "a\\b\"c\nd")).Add(2);

        var text = Render(family);

        Assert.Equal(
            "# HELP risk_blocked_total Denied \\\\ by a rule\\nper rule \"name\"\n" +
            "# TYPE risk_blocked_total counter\n" +
            "risk_blocked_total{rule=\"a\\\\b\\\"c\\nd\"} 2\n",
            text);
    }

    [Fact]
    public void A_counter_adds_and_a_gauge_keeps_its_value_without_labels_when_it_has_none()
    {
        var counter = new MetricFamily("fills_total", "Fills", MetricKind.Counter);
        var series = counter.Get();
        series.Add(1);
        series.Add(2.5);
        var gauge = new MetricFamily("position_size_base", "Position", MetricKind.Gauge, absolute: true);
        gauge.Get(new KeyValuePair<string, string>("symbol", "BTC/USDT")).Set(-0.125);

        Assert.Equal("# HELP fills_total Fills\n# TYPE fills_total counter\nfills_total 3.5\n", Render(counter));
        Assert.EndsWith("position_size_base{symbol=\"BTC/USDT\"} -0.125\n", Render(gauge), StringComparison.Ordinal);
    }

    [Fact]
    public void A_histogram_has_cumulative_buckets_ending_with_inf_equal_to_its_count_then_sum_and_count()
    {
        var family = new MetricFamily("cycle_duration_seconds", "Cycle", MetricKind.Histogram, bounds: [0.005, 0.01, 0.25]);
        var series = family.Get(new KeyValuePair<string, string>("symbol", "BTC/USDT"), new KeyValuePair<string, string>("loop", "eval"));
        foreach (var seconds in new[] { 0.001, 0.005, 0.007, 0.3, 2.0 })
        {
            series.Observe(seconds, family.Bounds);
        }

        Assert.Equal(
            "# HELP cycle_duration_seconds Cycle\n# TYPE cycle_duration_seconds histogram\n" +
            "cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"0.005\"} 2\n" +
            "cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"0.01\"} 3\n" +
            "cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"0.25\"} 3\n" +
            "cycle_duration_seconds_bucket{symbol=\"BTC/USDT\",loop=\"eval\",le=\"+Inf\"} 5\n" +
            "cycle_duration_seconds_sum{symbol=\"BTC/USDT\",loop=\"eval\"} 2.313\n" +
            "cycle_duration_seconds_count{symbol=\"BTC/USDT\",loop=\"eval\"} 5\n",
            Render(family));
    }

    [Fact]
    public void A_metric_without_series_is_left_out()
    {
        Assert.Equal("", Render(new MetricFamily("orders_failed_total", "Failed", MetricKind.Counter)));
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(1e21, "1E+21")]
    [InlineData(0.1, "0.1")]
    public void Special_and_large_values_are_written_as_prometheus_reads_them(double value, string expected)
    {
        Assert.Equal(expected, PrometheusTextWriter.Number(value));
    }

    [Theory]
    [InlineData("orders_placed", "{order}", "Counter", "orders_placed_total")]
    [InlineData("cycle_duration", "s", "Histogram", "cycle_duration_seconds")]
    [InlineData("dotnet.process.memory.working_set", "By", "Gauge", "dotnet_process_memory_working_set_bytes")]
    [InlineData("dotnet.process.cpu.time", "s", "Counter", "dotnet_process_cpu_time_seconds_total")]
    [InlineData("heartbeat_age_seconds", "s", "Gauge", "heartbeat_age_seconds")]
    [InlineData("fills_total", null, "Counter", "fills_total")]
    [InlineData("dotnet.timer.count", "{timer}", "Gauge", "dotnet_timer_count_current")]
    [InlineData("9lives-x", null, "Gauge", "_9lives_x")]
    public void Instrument_names_and_units_become_prometheus_names(string instrument, string? unit, string kind, string expected)
    {
        Assert.Equal(expected, PrometheusNames.Metric(instrument, unit, Enum.Parse<MetricKind>(kind)));
    }

    private static string Render(MetricFamily family)
    {
        var text = new StringBuilder();
        PrometheusTextWriter.Write(text, family);
        return text.ToString();
    }
}
