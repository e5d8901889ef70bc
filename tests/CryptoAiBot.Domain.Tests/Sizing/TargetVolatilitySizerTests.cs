using CryptoAiBot.Domain.Sizing;

namespace CryptoAiBot.Domain.Tests.Sizing;

public sealed class TargetVolatilitySizerTests
{
    private static readonly TargetVolatilitySizer HalfPercent = new(0.5, 0m);

    [Theory]
    // One ATR move should cost 0.5 % of 10,000 = 50 USDT. ATR/price = 1 % → notional 5,000.
    [InlineData(500, 5_000)]
    // ATR/price = 2 % → 2,500: 0.02 × 2,500 = 50.
    [InlineData(1_000, 2_500)]
    // ATR/price = 0.5 % → 10,000.
    [InlineData(250, 10_000)]
    public void Sizes_so_that_one_atr_move_is_the_target_share_of_equity(double atr, decimal expected) =>
        Assert.Equal(expected, HalfPercent.QuoteAmount(SizingContexts.Roomy with { Atr = atr }));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.PositiveInfinity)]
    public void Is_zero_while_the_atr_is_not_ready_or_meaningless(double atr) =>
        Assert.Equal(0m, HalfPercent.QuoteAmount(SizingContexts.Roomy with { Atr = atr }));

    [Fact]
    public void Is_capped_by_its_maximum_quote() =>
        Assert.Equal(2_000m, new TargetVolatilitySizer(0.5, 2_000m).QuoteAmount(SizingContexts.Roomy));

    [Fact]
    public void Is_capped_by_the_available_quote() =>
        Assert.Equal(1_234m, HalfPercent.QuoteAmount(SizingContexts.Roomy with { AvailableQuote = 1_234m }));

    [Fact]
    public void Is_capped_by_the_max_position_times_the_price() =>
        // 0.05 BTC × 50,000 = 2,500 < 5,000.
        Assert.Equal(2_500m, HalfPercent.QuoteAmount(SizingContexts.Roomy with { MaxPositionBase = 0.05m }));

    [Fact]
    public void Is_zero_below_the_minimum_quote() =>
        Assert.Equal(0m, HalfPercent.QuoteAmount(SizingContexts.Roomy with { MinQuote = 6_000m }));

    [Theory]
    [InlineData(1e-30)]
    [InlineData(1e-300)]
    public void A_vanishing_atr_is_held_by_the_caps(double atr) =>
        Assert.Equal(20_000m, HalfPercent.QuoteAmount(SizingContexts.Roomy with { Atr = atr }));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(0.5, -1)]
    public void Refuses_values_out_of_range(double target, decimal maxQuote) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TargetVolatilitySizer(target, maxQuote));
}
