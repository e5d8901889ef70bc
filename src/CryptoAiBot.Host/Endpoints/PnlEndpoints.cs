using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Positions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CryptoAiBot.Host.Endpoints;

/// <summary><c>/pnl/today</c>: FIFO realized PnL, fees, turnover and order count for the current UTC day.</summary>
public static class PnlEndpoints
{
    public static IEndpointRouteBuilder MapPnlEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/pnl/today", TodayAsync)
            .WithTags("PnL")
            .WithSummary("Realized PnL (FIFO, fees included), fees, turnover and order count since 00:00 UTC");
        return app;
    }

    private static async Task<Results<Ok<PnlReport>, ProblemHttpResult>> TodayAsync(
        string? symbol, OrchestratorRegistry registry, ITradingStore store, TradingPlan plan, TimeProvider time, CancellationToken cancellationToken)
    {
        var orchestrator = registry.Find(symbol);
        if (orchestrator is null)
        {
            return TypedResults.Problem(
                title: string.IsNullOrWhiteSpace(symbol) ? "Symbol required" : "Unknown symbol",
                detail: $"Pass ?symbol= one of {string.Join(", ", registry.Symbols)}.",
                statusCode: string.IsNullOrWhiteSpace(symbol) ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound);
        }

        var today = PnlPeriod.Today(time.GetUtcNow());
        var fills = await store.GetFillsAsync(orchestrator.Symbol, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(PnlCalculator.ForPeriod(orchestrator.Symbol, fills, today.From, today.To, plan.DustQuantity));
    }
}
