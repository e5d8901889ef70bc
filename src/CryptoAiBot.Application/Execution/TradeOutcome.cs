using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Execution;

/// <summary>The result of <see cref="ExecuteTrade"/>.</summary>
public sealed record TradeOutcome(TradeOutcomeKind Kind, Order? Order, Error? Error)
{
    public bool IsFilled => Order is { FilledBase: > 0 };

    public override string ToString() =>
        $"{Kind} {Order?.Side} {Order?.Symbol} {Order?.ClientOrderId} status={Order?.Status} filled={Order?.FilledBase} error={Error?.Message}";
}
