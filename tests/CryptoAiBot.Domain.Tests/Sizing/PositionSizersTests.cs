using CryptoAiBot.Domain.Sizing;

namespace CryptoAiBot.Domain.Tests.Sizing;

public sealed class PositionSizersTests
{
    private static readonly PositionSizerParameters Parameters = new()
    {
        FixedAmount = 25m, KellyWinRate = 0.6, KellyPayoffRatio = 2, KellyFraction = 0.5, TargetVolPct = 1, TargetVolMaxQuote = 3_000m,
    };

    [Theory]
    [InlineData("fixed", "fixed 25 per entry")]
    [InlineData("kelly", "kelly: win rate 0.6, payoff 2, 0.5 of f* 0.4 = 0.2 of equity per entry")]
    [InlineData("target_vol", "target_vol: one ATR move = 1% of equity, at most 3000 per entry")]
    public void Each_sizer_describes_itself_with_its_parameters(string name, string expected)
    {
        Assert.Equal(expected, PositionSizers.Create(name, Parameters).Describe());
    }

    [Fact]
    public void Maps_every_position_sizer_name()
    {
        var fixedSizer = Assert.IsType<FixedQuoteSizer>(PositionSizers.Create("fixed", Parameters));
        var kelly = Assert.IsType<FractionalKellySizer>(PositionSizers.Create("kelly", Parameters));
        var targetVol = Assert.IsType<TargetVolatilitySizer>(PositionSizers.Create("target_vol", Parameters));

        Assert.Equal(25m, fixedSizer.Amount);
        Assert.Equal((0.6, 2d, 0.5), (kelly.WinRate, kelly.PayoffRatio, kelly.Fraction));
        Assert.Equal((1d, 3_000m), (targetVol.TargetVolPct, targetVol.MaxQuote));
        Assert.Equal(PositionSizers.Names, [fixedSizer.Name, kelly.Name, targetVol.Name]);
    }

    [Fact]
    public void Names_are_read_case_insensitively() =>
        Assert.IsType<FractionalKellySizer>(PositionSizers.Create(" KELLY ", Parameters));

    [Fact]
    public void The_created_sizers_size_as_configured()
    {
        Assert.Equal(25m, PositionSizers.Create("fixed", Parameters).QuoteAmount(SizingContexts.Roomy));
        Assert.Equal(2_000m, PositionSizers.Create("kelly", Parameters).QuoteAmount(SizingContexts.Roomy));
        Assert.Equal(3_000m, PositionSizers.Create("target_vol", Parameters).QuoteAmount(SizingContexts.Roomy));
    }

    [Theory]
    [InlineData("martingale")]
    [InlineData("")]
    public void Refuses_an_unknown_name(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => PositionSizers.Create(name, Parameters));
        Assert.Contains("fixed, kelly, target_vol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizing_allocates_nothing()
    {
        IPositionSizer[] sizers = [.. PositionSizers.Names.Select(n => PositionSizers.Create(n, Parameters))];
        var total = Size(sizers, 1_000);

        var allocated = AllocationProbe.Least(_ => total += Size(sizers, 100_000));

        Assert.Equal(0, allocated);
        Assert.True(total > 0m);
    }

    private static decimal Size(IPositionSizer[] sizers, int count)
    {
        var total = 0m;
        for (var i = 0; i < count; i++)
        {
            var context = SizingContexts.Roomy with { Atr = 100d + (i % 900), AvailableQuote = i % 5_000 };
            total += sizers[i % sizers.Length].QuoteAmount(context);
        }

        return total;
    }
}
