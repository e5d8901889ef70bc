using CryptoAiBot.Application.Health;
using CryptoAiBot.Application.Telemetry;
using CryptoAiBot.Host.Hosting;
using CryptoAiBot.Infrastructure.Metrics;

namespace CryptoAiBot.Host.Endpoints;

/// <summary><c>GET /metrics</c>: every metric in the Prometheus text format 0.0.4, for a Prometheus server to scrape.</summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder app)
    {
        // Created now, while the app is being built: a counter counts only what happens after its listener starts, and
        // trading starts with the host. The orchestrator gauges exist once resolved.
        var collector = app.ServiceProvider.GetRequiredService<PrometheusCollector>();
        app.ServiceProvider.GetRequiredService<OrchestratorGauges>();

        app.MapGet("/metrics", async (HealthMonitor monitor, TradingLifetime lifetime, BotMetrics metrics, CancellationToken cancellationToken) =>
            {
                // The same judgement as /ready, so that "not ready" can be alerted on from the scrape alone.
                var report = await monitor.CheckAsync(cancellationToken).ConfigureAwait(false);
                metrics.ReportReadiness(lifetime.Started && report.IsReady);
                return TypedResults.Text(collector.Render(), PrometheusCollector.ContentType);
            })
            .WithName("Metrics")
            .WithSummary("Prometheus metrics (text exposition format 0.0.4)")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return app;
    }
}
