using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CryptoAiBot.Host.Endpoints;

/// <summary>Status of the per-symbol orchestrators and the bearer-protected controls.</summary>
public static class OrchestratorEndpoints
{
    public static IEndpointRouteBuilder MapOrchestratorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/orchestrator").WithTags("Orchestrator");
        group.MapGet("/status", StatusAsync)
            .WithSummary("State, pause reason, last cycle, phase, position and last decision; all symbols when none is given");

        var control = group.MapGroup("").AddEndpointFilter<BearerTokenFilter>();
        control.MapPost("/start", (string? symbol, OrchestratorRegistry registry, CancellationToken ct) =>
            ControlAsync(symbol, registry, async o => { await o.StartAsync(ct).ConfigureAwait(false); return true; }, ct));
        control.MapPost("/stop", (string? symbol, OrchestratorRegistry registry, CancellationToken ct) =>
            ControlAsync(symbol, registry, async o => { await o.StopAsync(ct).ConfigureAwait(false); return true; }, ct));
        control.MapPost("/pause", (string? symbol, string? reason, OrchestratorRegistry registry, CancellationToken ct) =>
            ControlAsync(symbol, registry, o => o.PauseAsync(string.IsNullOrWhiteSpace(reason) ? "paused by operator" : reason, ct), ct));
        control.MapPost("/resume", (string? symbol, OrchestratorRegistry registry, CancellationToken ct) =>
            ControlAsync(symbol, registry, o => o.ResumeAsync(ct), ct));
        return app;
    }

    private static async Task<Results<Ok<OrchestratorStatus>, Ok<OrchestratorStatus[]>, ProblemHttpResult>> StatusAsync(
        string? symbol, OrchestratorRegistry registry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(symbol) && registry.All.Count != 1)
        {
            var all = await Task.WhenAll(registry.All.Select(o => o.GetStatusAsync(cancellationToken))).ConfigureAwait(false);
            return TypedResults.Ok(all);
        }

        var orchestrator = registry.Find(symbol);
        return orchestrator is null
            ? UnknownSymbol(symbol, registry)
            : TypedResults.Ok(await orchestrator.GetStatusAsync(cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<OrchestratorStatus>, ProblemHttpResult>> ControlAsync(
        string? symbol, OrchestratorRegistry registry, Func<SymbolOrchestrator, Task<bool>> action, CancellationToken cancellationToken)
    {
        var orchestrator = registry.Find(symbol);
        if (orchestrator is null)
        {
            return UnknownSymbol(symbol, registry);
        }

        if (!await action(orchestrator).ConfigureAwait(false))
        {
            return TypedResults.Problem(
                title: "Not possible in the current state",
                detail: $"{orchestrator.Symbol} is {orchestrator.State.ToString().ToLowerInvariant()}.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(await orchestrator.GetStatusAsync(cancellationToken).ConfigureAwait(false));
    }

    private static ProblemHttpResult UnknownSymbol(string? symbol, OrchestratorRegistry registry) =>
        string.IsNullOrWhiteSpace(symbol)
            ? TypedResults.Problem(
                title: "Symbol required",
                detail: $"Several symbols run; pass ?symbol= one of {string.Join(", ", registry.Symbols)}.",
                statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Problem(
                title: "Unknown symbol",
                detail: $"'{symbol}' is not traded here; known: {string.Join(", ", registry.Symbols)}.",
                statusCode: StatusCodes.Status404NotFound);
}
