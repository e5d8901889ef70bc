namespace CryptoAiBot.Application.Reconciliation;

/// <summary>The JSON body of <c>reconciliation.completed</c> and <c>reconciliation.position_mismatch</c>.</summary>
public sealed record PositionReconciliationPayload(
    string Symbol,
    decimal LocalBase,
    decimal ExchangeBase,
    decimal Difference,
    decimal Tolerance,
    int ActiveOrders);
