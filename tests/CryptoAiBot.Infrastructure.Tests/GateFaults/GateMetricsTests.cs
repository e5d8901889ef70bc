using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.Infrastructure.Metrics;

namespace CryptoAiBot.Infrastructure.Tests.GateFaults;

/// <summary>The exchange client's and execution's metrics against the Gate simulator on loopback.</summary>
public sealed class GateMetricsTests
{
    [Fact]
    public async Task A_429_storm_is_counted_as_requests_rate_limit_waits_and_one_error_by_endpoint_template()
    {
        await using var rig = await GateFaultRig.StartAsync(client: o => new()
        {
            BaseUrl = o.BaseUrl, HttpTimeout = o.HttpTimeout, RateLimitBackoff = TimeSpan.FromMilliseconds(20), MaxRateLimitWait = TimeSpan.FromSeconds(5),
        });
        using var collector = new PrometheusCollector(rig.Metrics, includeRuntime: false);
        _ = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None);
        rig.Fault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/tickers", Count = 6, Status = 429 });

        for (var i = 0; i < 10; i++)
        {
            _ = await rig.MarketData.GetTickerAsync(GateFaultRig.Btc, CancellationToken.None);
        }

        var text = collector.Render();
        var arrived = rig.SimRequests("GET", "/spot/tickers").Count;
        Assert.Contains($"broker_request_duration_seconds_count{{endpoint=\"GET /spot/tickers\"}} {arrived}\n", text, StringComparison.Ordinal);
        Assert.Contains("broker_errors_total{endpoint=\"GET /spot/tickers\",code=\"rate_limited\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("broker_rate_limit_waits_total{class=\"public\"} ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BTC_USDT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_market_buy_counts_one_placed_order_its_fills_and_fees_and_one_placement_request()
    {
        await using var rig = await GateFaultRig.StartAsync();
        using var collector = new PrometheusCollector(rig.Metrics, includeRuntime: false);

        var outcome = await rig.BuyAsync(1_000m);

        var text = collector.Render();
        var fills = outcome.Order!.Fills;
        Assert.NotEmpty(fills);
        Assert.Contains("orders_placed_total{symbol=\"BTC/USDT\",side=\"buy\",reason=\"entry\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"fills_total{{symbol=\"BTC/USDT\",side=\"buy\"}} {fills.Count}\n", text, StringComparison.Ordinal);
        Assert.Contains($"fees_total{{asset=\"{fills[0].FeeAsset}\"}} ", text, StringComparison.Ordinal);
        Assert.Contains("broker_request_duration_seconds_count{endpoint=\"POST /spot/orders\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains($"position_size_base{{symbol=\"BTC/USDT\"}} {PrometheusTextWriter.Number((double)(await rig.Positions.GetAsync(GateFaultRig.Btc, CancellationToken.None)).Quantity)}\n", text, StringComparison.Ordinal);
    }
}
