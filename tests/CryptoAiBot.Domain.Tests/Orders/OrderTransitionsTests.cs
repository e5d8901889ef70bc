using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Domain.Tests.Orders;

/// <summary>
/// The whole order lifecycle, row by row. The table below is the specification: every legal move is listed,
/// and every (status, event) pair not listed must come back as <see cref="ErrorCode.IllegalTransition"/>.
/// </summary>
public sealed class OrderTransitionsTests
{
    private static readonly (OrderStatus From, OrderEvent On, OrderStatus To)[] Legal =
    [
        (OrderStatus.Pending, OrderEvent.Accepted, OrderStatus.Open),
        (OrderStatus.Pending, OrderEvent.PartiallyFilled, OrderStatus.PartiallyFilled),
        (OrderStatus.Pending, OrderEvent.Filled, OrderStatus.Filled),
        (OrderStatus.Pending, OrderEvent.Rejected, OrderStatus.Rejected),
        (OrderStatus.Pending, OrderEvent.Canceled, OrderStatus.Canceled),
        (OrderStatus.Pending, OrderEvent.Expired, OrderStatus.Expired),
        (OrderStatus.Pending, OrderEvent.OutcomeUnknown, OrderStatus.Unknown),

        (OrderStatus.Open, OrderEvent.PartiallyFilled, OrderStatus.PartiallyFilled),
        (OrderStatus.Open, OrderEvent.Filled, OrderStatus.Filled),
        (OrderStatus.Open, OrderEvent.CancelRequested, OrderStatus.CancelRequested),
        (OrderStatus.Open, OrderEvent.Canceled, OrderStatus.Canceled),
        (OrderStatus.Open, OrderEvent.Expired, OrderStatus.Expired),

        (OrderStatus.PartiallyFilled, OrderEvent.PartiallyFilled, OrderStatus.PartiallyFilled),
        (OrderStatus.PartiallyFilled, OrderEvent.Filled, OrderStatus.Filled),
        (OrderStatus.PartiallyFilled, OrderEvent.CancelRequested, OrderStatus.CancelRequested),
        (OrderStatus.PartiallyFilled, OrderEvent.Canceled, OrderStatus.Canceled),
        (OrderStatus.PartiallyFilled, OrderEvent.Expired, OrderStatus.Expired),

        (OrderStatus.CancelRequested, OrderEvent.PartiallyFilled, OrderStatus.CancelRequested),
        (OrderStatus.CancelRequested, OrderEvent.Filled, OrderStatus.Filled),
        (OrderStatus.CancelRequested, OrderEvent.Canceled, OrderStatus.Canceled),
        (OrderStatus.CancelRequested, OrderEvent.Expired, OrderStatus.Expired),

        (OrderStatus.Unknown, OrderEvent.Accepted, OrderStatus.Open),
        (OrderStatus.Unknown, OrderEvent.PartiallyFilled, OrderStatus.PartiallyFilled),
        (OrderStatus.Unknown, OrderEvent.Filled, OrderStatus.Filled),
        (OrderStatus.Unknown, OrderEvent.Canceled, OrderStatus.Canceled),
        (OrderStatus.Unknown, OrderEvent.Rejected, OrderStatus.Rejected),
        (OrderStatus.Unknown, OrderEvent.Expired, OrderStatus.Expired),
        (OrderStatus.Unknown, OrderEvent.OutcomeUnknown, OrderStatus.Unknown),
    ];

    public static TheoryData<OrderStatus, OrderEvent, OrderStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<OrderStatus, OrderEvent, OrderStatus>();
            foreach (var (from, on, to) in Legal)
            {
                data.Add(from, on, to);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Moves_to_the_listed_status(OrderStatus from, OrderEvent on, OrderStatus to)
    {
        var next = OrderTransitions.Next(from, on);

        Assert.True(next.IsSuccess, next.Error?.ToString());
        Assert.Equal(to, next.Value);
    }

    [Fact]
    public void Refuses_every_pair_not_in_the_table_as_an_illegal_transition()
    {
        // The rejected-cancel edge depends on the status before the cancel; its own tests below cover it.
        var legal = Legal.Select(row => (row.From, row.On)).Append((OrderStatus.CancelRequested, OrderEvent.CancelRejected)).ToHashSet();
        var accepted = new List<string>();
        var unlisted = 0;

        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var orderEvent in Enum.GetValues<OrderEvent>().Where(e => !legal.Contains((status, e))))
            {
                unlisted++;
                // Offer a restorable status so that a stray restore on another edge would show up too.
                var next = OrderTransitions.Next(status, orderEvent, statusBeforeCancel: OrderStatus.Open);
                if (next.Error?.Code != ErrorCode.IllegalTransition)
                {
                    accepted.Add($"{status} + {orderEvent} -> {(next.IsSuccess ? next.Value.ToString() : next.Error.Code.ToString())}");
                }
            }
        }

        Assert.Equal((9 * 9) - Legal.Length - 1, unlisted);
        Assert.True(accepted.Count == 0, "Unlisted transitions were not refused:\n" + string.Join('\n', accepted));
    }

    [Theory]
    [InlineData(OrderStatus.Filled)]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Expired)]
    public void Terminal_status_accepts_no_event(OrderStatus terminal)
    {
        Assert.True(OrderTransitions.IsTerminal(terminal));
        Assert.All(Enum.GetValues<OrderEvent>(), orderEvent => Assert.Equal(
            ErrorCode.IllegalTransition,
            OrderTransitions.Next(terminal, orderEvent, OrderStatus.Open).Error?.Code));
    }

    [Fact]
    public void Only_filled_canceled_rejected_and_expired_are_terminal()
    {
        var terminal = Enum.GetValues<OrderStatus>().Where(OrderTransitions.IsTerminal);

        Assert.Equal([OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.Expired], terminal);
    }

    [Theory]
    [InlineData(OrderStatus.Open)]
    [InlineData(OrderStatus.PartiallyFilled)]
    public void Rejected_cancel_restores_the_status_before_the_cancel_request(OrderStatus before)
    {
        var next = OrderTransitions.Next(OrderStatus.CancelRequested, OrderEvent.CancelRejected, before);

        Assert.Equal(before, next.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.CancelRequested)]
    [InlineData(OrderStatus.Filled)]
    public void Rejected_cancel_without_a_restorable_status_is_illegal(OrderStatus? before)
    {
        var next = OrderTransitions.Next(OrderStatus.CancelRequested, OrderEvent.CancelRejected, before);

        Assert.Equal(ErrorCode.IllegalTransition, next.Error?.Code);
    }

    [Theory]
    [InlineData(OrderStatus.Open)]
    [InlineData(OrderStatus.PartiallyFilled)]
    public void Rejected_cancel_is_illegal_when_no_cancel_was_requested(OrderStatus status)
    {
        Assert.Equal(ErrorCode.IllegalTransition, OrderTransitions.Next(status, OrderEvent.CancelRejected, status).Error?.Code);
    }
}
