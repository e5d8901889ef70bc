using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Domain.Orders;

/// <summary>
/// A market order as this bot knows it. Immutable: every change returns a new order through the
/// transition table, so an illegal move is an error value and the previous state stays intact.
/// A buy asks for a quote amount (<see cref="RequestedQuote"/>), a sell for a base amount
/// (<see cref="RequestedBase"/>).
/// </summary>
public sealed record Order
{
    public required ClientOrderId ClientOrderId { get; init; }

    public required Symbol Symbol { get; init; }

    public required OrderSide Side { get; init; }

    /// <summary>Why the order exists: <c>entry</c>, <c>exit_signal</c>, <c>stop_loss</c>, <c>trailing_stop</c>…</summary>
    public required string Intent { get; init; }

    public required string IdempotencyKey { get; init; }

    public decimal RequestedQuote { get; init; }

    public decimal RequestedBase { get; init; }

    /// <summary>Price seen when the decision was made; slippage is measured against it.</summary>
    public decimal ReferencePrice { get; init; }

    public OrderStatus Status { get; init; } = OrderStatus.Pending;

    public OrderStatus? StatusBeforeCancel { get; init; }

    public string? ExchangeOrderId { get; init; }

    public decimal FilledBase { get; init; }

    public decimal FilledQuote { get; init; }

    public IReadOnlyList<Fill> Fills { get; init; } = [];

    public string? LastError { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public decimal AveragePrice => FilledBase > 0 ? FilledQuote / FilledBase : 0m;

    public bool IsTerminal => OrderTransitions.IsTerminal(Status);

    /// <summary>Moves the order through the transition table.</summary>
    public Result<Order> Apply(OrderEvent orderEvent, DateTimeOffset at, string? error = null)
    {
        var next = OrderTransitions.Next(Status, orderEvent, StatusBeforeCancel);
        if (!next.IsSuccess)
        {
            return next.Error;
        }

        return this with
        {
            Status = next.Value,
            StatusBeforeCancel = orderEvent switch
            {
                OrderEvent.CancelRequested => Status,
                // A fill racing the cancel: if the cancel is rejected, the order is partially filled, not open.
                OrderEvent.PartiallyFilled when Status == OrderStatus.CancelRequested => OrderStatus.PartiallyFilled,
                _ => StatusBeforeCancel,
            },
            LastError = error ?? LastError,
            UpdatedAt = at,
        };
    }

    /// <summary>
    /// Adds a fill. A trade id already on the order is ignored (returns this order unchanged), so a
    /// repeated report from the exchange never counts twice.
    /// </summary>
    public Result<Order> AddFill(Fill fill)
    {
        if (fill.ClientOrderId != ClientOrderId || fill.Symbol != Symbol || fill.Side != Side)
        {
            return new Error(ErrorCode.Validation, $"Fill {fill.TradeId} belongs to {fill.ClientOrderId}, not to {ClientOrderId}.");
        }

        if (HasFill(fill.TradeId))
        {
            return this;
        }

        return this with
        {
            Fills = [.. Fills, fill],
            FilledBase = FilledBase + fill.Quantity,
            FilledQuote = FilledQuote + fill.Notional,
            UpdatedAt = fill.Time > UpdatedAt ? fill.Time : UpdatedAt,
        };
    }

    public bool HasFill(TradeId tradeId) => Fills.Any(f => f.TradeId == tradeId);
}
