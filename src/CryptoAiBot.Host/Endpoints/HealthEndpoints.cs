using CryptoAiBot.Application.Health;
using CryptoAiBot.Host.Hosting;

namespace CryptoAiBot.Host.Endpoints;

/// <summary>
/// <c>/health</c> (per component) and <c>/ready</c> (200 when trading can proceed, else 503). Until a symbol's start-up
/// reconciliation has completed its <c>reconciliation:</c> component is down, so <c>/ready</c> is 503 until every one is.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (HealthMonitor monitor, CancellationToken cancellationToken) =>
            {
                var report = await monitor.CheckAsync(cancellationToken).ConfigureAwait(false);
                return report.Status == ComponentHealth.Down
                    ? Results.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(report);
            })
            .WithName("Health")
            .WithSummary("Health of database, broker, event bus and every orchestrator")
            .Produces<HealthReport>()
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/ready", async (HealthMonitor monitor, TradingLifetime lifetime, CancellationToken cancellationToken) =>
            {
                var report = await monitor.CheckAsync(cancellationToken).ConfigureAwait(false);
                var ready = lifetime.Started && report.IsReady;
                var body = new ReadyResponse(ready, lifetime.Started ? report.Status : "starting");
                return ready ? Results.Json(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("Ready")
            .WithSummary("200 when the bot is started, every start-up reconciliation is done and no component is down, otherwise 503")
            .Produces<ReadyResponse>()
            .Produces<ReadyResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public sealed record ReadyResponse(bool Ready, string Status);
}
