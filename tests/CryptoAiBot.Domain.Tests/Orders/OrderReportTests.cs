using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using static CryptoAiBot.Domain.Tests.Orders.TestFills;

namespace CryptoAiBot.Domain.Tests.Orders;

/// <summary>
/// <see cref="Order.WithReport"/> is one step with exactly the result of the steps it replaces: take the exchange's
/// id, add the new fills one by one, then apply the event leading to the reported status.
/// </summary>
public sealed class OrderReportTests
{
    private static readonly DateTimeOffset Later = Start.AddMinutes(30);
    private static readonly ReportedStatus Filled = new(OrderStatus.Filled, OrderStatus.Filled);
    private static readonly ReportedStatus Open = new(OrderStatus.PartiallyFilled, OrderStatus.Open);

    public static TheoryData<OrderStatus, OrderStatus, OrderStatus> Statuses => new()
    {
        { OrderStatus.Pending, OrderStatus.Filled, OrderStatus.Filled },
        { OrderStatus.Pending, OrderStatus.PartiallyFilled, OrderStatus.Open },
        { OrderStatus.Open, OrderStatus.PartiallyFilled, OrderStatus.Open },
        { OrderStatus.CancelRequested, OrderStatus.PartiallyFilled, OrderStatus.Open },
        { OrderStatus.Unknown, OrderStatus.Canceled, OrderStatus.Canceled },
        { OrderStatus.PartiallyFilled, OrderStatus.PartiallyFilled, OrderStatus.Open },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Report_gives_what_adding_the_fills_one_by_one_and_applying_the_status_gives(OrderStatus from, OrderStatus withFills, OrderStatus withoutFills)
    {
        var order = BuyOrder(from).AddFill(Buy("t1", 0.1m, 100m, minute: 1)).Value;
        Fill[] reported = [Buy("t1", 0.1m, 100m, minute: 1), Buy("t3", 0.25m, 101.5m, minute: 3), Buy("t2", 0.2m, 100.25m, minute: 2), Buy("t3", 0.25m, 101.5m, minute: 3)];

        var taken = order.WithReport("ex-9", reported, new ReportedStatus(withFills, withoutFills), Later);

        var stepByStep = order with { ExchangeOrderId = "ex-9" };
        foreach (var fill in reported.Where(f => !order.HasFill(f.TradeId)).DistinctBy(f => f.TradeId))
        {
            stepByStep = stepByStep.AddFill(fill).Value;
        }

        var target = stepByStep.FilledBase > 0 ? withFills : withoutFills;
        var expected = target == stepByStep.Status ? stepByStep : stepByStep.Apply(OrderTransitions.EventLeadingTo(target), Later).Value;
        Assert.Equal(expected with { Fills = [] }, taken.Value with { Fills = [] });
        Assert.Equal(expected.Fills, taken.Value.Fills);
        Assert.Equal(["t1", "t3", "t2"], taken.Value.Fills.Select(f => f.TradeId.Value));
    }

    [Fact]
    public void Report_without_new_fills_or_status_change_only_takes_the_exchange_id()
    {
        var order = BuyOrder(OrderStatus.Open).AddFill(Buy("t1", 0.1m, 100m)).Value.Apply(OrderEvent.PartiallyFilled, Start).Value with { ExchangeOrderId = "ex-1" };

        Assert.Same(order, order.WithReport("ex-1", [Buy("t1", 0.1m, 100m)], Open, Later).Value);
        Assert.Equal("ex-2", order.WithReport("ex-2", [], Open, Later).Value.ExchangeOrderId);
    }

    [Fact]
    public void Report_with_a_new_fill_of_another_order_or_an_illegal_move_is_an_error()
    {
        var foreign = BuyOrder().WithReport("ex-1", [Buy("t1", 0.1m, 100m), Sell("t2", 0.1m, 100m)], Filled, Later);
        var illegal = BuyOrder(OrderStatus.Filled).WithReport("ex-1", [], new ReportedStatus(OrderStatus.Open, OrderStatus.Open), Later);

        Assert.Equal(ErrorCode.Validation, foreign.Error?.Code);
        Assert.Equal(ErrorCode.IllegalTransition, illegal.Error?.Code);
    }

    [Fact]
    public void Order_without_fills_taking_a_whole_immutable_report_shares_its_list()
    {
        var report = FillList.Of(Buy("t1", 0.1m, 100m));

        var taken = BuyOrder().WithReport("ex-1", report, Filled, Later).Value;

        Assert.Same(report, taken.Fills);
        Assert.False(taken.Fills is ICollection<Fill>);
    }
}
