using System.Buffers;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CryptoAiBot.Host.Endpoints;

/// <summary>
/// <c>POST /orders</c>: an operator's buy (the plan's entry size, through every entry check) or sale of the whole
/// position, bearer-protected like the other controls. The <c>Idempotency-Key</c> header is required: the same key
/// again never sends a second order, however late it comes; it answers with the first order as it is now.
/// </summary>
public static class OrderEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    private const int MaxKeyLength = 64;

    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders", PlaceAsync)
            .AddEndpointFilter<BearerTokenFilter>()
            .WithTags("Orders")
            .WithSummary("An operator's buy or sale; the Idempotency-Key header makes retries safe");
        return app;
    }

    private static async Task<Results<Ok<OperatorOrderResponse>, Accepted<OperatorOrderResponse>, UnprocessableEntity<OperatorOrderResponse>, ProblemHttpResult>> PlaceAsync(
        string? symbol,
        string? side,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        OrchestratorRegistry registry,
        CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var orderSide = side?.Trim().ToLowerInvariant() switch
        {
            "buy" => OrderSide.Buy,
            "sell" => OrderSide.Sell,
            _ => (OrderSide?)null,
        };
        if (orderSide is null)
        {
            problems.Add($"side must be buy or sell; got '{side}'");
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxKeyLength || idempotencyKey.AsSpan().ContainsAnyExcept(KeyCharacters))
        {
            problems.Add($"the {IdempotencyHeader} header is required: 1 to {MaxKeyLength} letters, digits, '.', '_' or '-', new for each order");
        }

        var orchestrator = registry.Find(symbol);
        if (orchestrator is null)
        {
            problems.Add(string.IsNullOrWhiteSpace(symbol)
                ? $"symbol is required when several symbols run; one of {string.Join(", ", registry.Symbols)}"
                : $"'{symbol}' is not traded here; known: {string.Join(", ", registry.Symbols)}");
        }

        if (problems.Count > 0)
        {
            return TypedResults.Problem(title: "Invalid order request", detail: string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest);
        }

        var decision = await orchestrator!.TradeNowAsync(orderSide!.Value, idempotencyKey!, cancellationToken).ConfigureAwait(false);
        if (decision is null)
        {
            return TypedResults.Problem(
                title: "Not possible in the current state",
                detail: $"{orchestrator.Symbol} is stopped: start it first (nothing would follow the order).",
                statusCode: StatusCodes.Status409Conflict);
        }

        if (decision.Trade is not { } trade)
        {
            var reasons = decision.RiskReasons.Count > 0 ? $" ({string.Join("; ", decision.RiskReasons)})" : "";
            return TypedResults.Problem(title: "No order placed", detail: decision.Reason + reasons, statusCode: StatusCodes.Status409Conflict);
        }

        var body = new OperatorOrderResponse(
            trade.Kind.ToString().ToLowerInvariant(), trade.Error?.Message ?? decision.Reason, trade.Order is { } order ? TradeEventPayload.From(order) : null);
        return trade.Kind switch
        {
            TradeOutcomeKind.Executed or TradeOutcomeKind.Duplicate => TypedResults.Ok(body),
            TradeOutcomeKind.Unknown => TypedResults.Accepted((string?)null, body),
            _ => TypedResults.UnprocessableEntity(body),
        };
    }

    /// <summary>What became of an operator's order: executed, duplicate (the key's first order), unknown (being resolved) or rejected.</summary>
    public sealed record OperatorOrderResponse(string Outcome, string Reason, TradeEventPayload? Order);
}
