using CryptoAiBot.Domain.Fusion;

namespace CryptoAiBot.Domain.Tests.Fusion;

public sealed class SignalFusionTests
{
    private static readonly SignalFusion Seeds = new(0.65m, 0.35m);

    [Theory]
    [InlineData(0.4)]
    [InlineData(-0.8)]
    [InlineData(0)]
    public void Without_an_ai_score_the_result_is_the_technical_score(double technical)
    {
        Assert.Equal(technical, Seeds.Fuse(technical, null));
        Assert.Equal(technical, Seeds.Fuse(technical, double.NaN));
    }

    [Theory]
    [InlineData(0.5, -0.2, 0.255)]
    [InlineData(1, 1, 1)]
    [InlineData(-1, 1, -0.3)]
    [InlineData(0, 0.6, 0.21)]
    public void Blends_the_two_scores_with_their_weights(double technical, double ai, double expected)
    {
        Assert.Equal(expected, Seeds.Fuse(technical, ai), 12);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(-1, -1, -1)]
    public void Clamps_the_result_to_minus_one_and_one(double technical, double ai, double expected)
    {
        var generous = new SignalFusion(1m, 1m);

        Assert.Equal(expected, generous.Fuse(technical, ai));
        Assert.Equal(1d, generous.Fuse(1.5, null));
    }

    [Fact]
    public void Switched_off_it_ignores_the_ai_score()
    {
        var off = new SignalFusion(0.65m, 0.35m, enabled: false);

        Assert.False(off.Enabled);
        Assert.Equal(0.5, off.Fuse(0.5, -1d));
        Assert.Equal(-0.25, SignalFusion.Disabled.Fuse(-0.25, 0.9));
    }

    [Theory]
    [InlineData(-0.1, 1.1)]
    [InlineData(1.1, -0.1)]
    [InlineData(0, 0)]
    public void Refuses_negative_or_all_zero_weights(double technical, double ai)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignalFusion((decimal)technical, (decimal)ai));
    }

    [Fact]
    public void Fusing_allocates_nothing()
    {
        var sum = 0d;
        Fuse(1_000, ref sum);

        var allocated = AllocationProbe.Least(_ => Fuse(100_000, ref sum));

        Assert.Equal(0, allocated);
        Assert.False(double.IsNaN(sum));
    }

    private static void Fuse(int count, ref double sum)
    {
        for (var i = 0; i < count; i++)
        {
            double? ai = i % 3 == 0 ? null : (i % 200 - 100) / 100d;
            sum += Seeds.Fuse((i % 100 - 50) / 50d, ai);
        }
    }
}
