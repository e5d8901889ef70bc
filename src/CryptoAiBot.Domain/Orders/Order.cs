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
            StatusBeforeCancel = StatusBeforeCancelAfter(orderEvent),
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
            Fills = FillList.From(Fills).Add(fill),
            FilledBase = FilledBase + fill.Quantity,
            FilledQuote = FilledQuote + fill.Notional,
            UpdatedAt = fill.Time > UpdatedAt ? fill.Time : UpdatedAt,
        };
    }

    /// <summary>
    /// Takes an exchange report in one step: the exchange's order id, every reported fill whose trade id the order
    /// does not have yet (each counted exactly as <see cref="AddFill"/> would, in report order; they end the new
    /// order's <see cref="Fills"/>), then the status the report implies through the transition table, stamped
    /// <paramref name="at"/>, exactly as <see cref="Apply"/> would. One new order is built rather than one per
    /// step. An error when a new fill belongs to another order or the move is not in the table.
    /// </summary>
    public Result<Order> WithReport(string? exchangeOrderId, IReadOnlyList<Fill> reported, ReportedStatus status, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reported);
        var taken = 0;
        var (filledBase, filledQuote, updatedAt) = (FilledBase, FilledQuote, UpdatedAt);
        for (var i = 0; i < reported.Count; i++)
        {
            var fill = reported[i];
            if (!ReportedFills.IsNew(this, reported, i))
            {
                continue;
            }

            if (fill.ClientOrderId != ClientOrderId || fill.Symbol != Symbol || fill.Side != Side)
            {
                return new Error(ErrorCode.Validation, $"Fill {fill.TradeId} belongs to {fill.ClientOrderId}, not to {ClientOrderId}.");
            }

            taken++;
            filledBase += fill.Quantity;
            filledQuote += fill.Notional;
            updatedAt = fill.Time > updatedAt ? fill.Time : updatedAt;
        }

        var (next, beforeCancel) = (Status, StatusBeforeCancel);
        var target = filledBase > 0 ? status.WithFills : status.WithoutFills;
        if (target != Status)
        {
            var orderEvent = OrderTransitions.EventLeadingTo(target);
            var moved = OrderTransitions.Next(Status, orderEvent, StatusBeforeCancel);
            if (!moved.IsSuccess)
            {
                return moved.Error;
            }

            (next, beforeCancel, updatedAt) = (moved.Value, StatusBeforeCancelAfter(orderEvent), at);
        }
        else if (taken == 0)
        {
            return exchangeOrderId == ExchangeOrderId ? this : this with { ExchangeOrderId = exchangeOrderId };
        }

        return this with
        {
            ExchangeOrderId = exchangeOrderId,
            Fills = taken == 0 ? Fills : ReportedFills.Combined(this, reported, taken),
            FilledBase = filledBase,
            FilledQuote = filledQuote,
            Status = next,
            StatusBeforeCancel = beforeCancel,
            UpdatedAt = updatedAt,
        };
    }

    public bool HasFill(TradeId tradeId)
    {
        for (var i = 0; i < Fills.Count; i++)
        {
            if (Fills[i].TradeId == tradeId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a rejected cancel will return to, after <paramref name="orderEvent"/> moved this order.</summary>
    private OrderStatus? StatusBeforeCancelAfter(OrderEvent orderEvent) => orderEvent switch
    {
        OrderEvent.CancelRequested => Status,
        // A fill racing the cancel: if the cancel is rejected, the order is partially filled, not open.
        OrderEvent.PartiallyFilled when Status == OrderStatus.CancelRequested => OrderStatus.PartiallyFilled,
        _ => StatusBeforeCancel,
    };
}
