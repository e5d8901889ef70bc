using CryptoAiBot.Domain.Orders;
using static CryptoAiBot.Domain.Tests.Orders.TestFills;

namespace CryptoAiBot.Domain.Tests.Orders;

/// <summary>Every change of a <see cref="FillList"/> is a new list; the old one stays as it was.</summary>
public sealed class FillListTests
{
    private static readonly Comparer<Fill> ByTime = Comparer<Fill>.Create((a, b) => a.Time.CompareTo(b.Time));

    [Fact]
    public void Add_and_insert_return_new_lists_and_leave_the_original_unchanged()
    {
        var first = FillList.Empty.Add(Buy("t1", 1m, 100m, minute: 1));
        var second = first.Add(Buy("t3", 1m, 100m, minute: 3));
        var third = second.Insert(Buy("t2", 1m, 100m, minute: 2), ByTime);

        Assert.Equal(["t1"], first.Select(f => f.TradeId.Value));
        Assert.Equal(["t1", "t3"], second.Select(f => f.TradeId.Value));
        Assert.Equal(["t1", "t2", "t3"], third.Select(f => f.TradeId.Value));
        Assert.Equal(["t0", "t1"], first.Insert(Buy("t0", 1m, 100m, minute: 0), ByTime).Select(f => f.TradeId.Value));
    }

    [Fact]
    public void From_copies_a_mutable_list_and_reuses_an_immutable_one()
    {
        var source = new List<Fill> { Buy("t1", 1m, 100m) };
        var copy = FillList.From(source);
        source.Add(Buy("t2", 1m, 100m));

        Assert.Single(copy);
        Assert.Same(copy, FillList.From(copy));
        Assert.Same(FillList.Empty, FillList.From([]));
    }

    [Fact]
    public void Same_as_means_the_same_fill_instances_in_the_same_order()
    {
        var a = Buy("t1", 1m, 100m);
        var b = Buy("t2", 1m, 100m);

        Assert.True(FillList.From([a, b]).SameAs(FillList.Empty.Add(a).Add(b)));
        Assert.False(FillList.From([a, b]).SameAs(FillList.From([b, a])));
        Assert.False(FillList.From([a]).SameAs(FillList.From([a with { }])));
    }
}
