using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Tests.Markets;

/// <summary>Pearson correlation of log returns over candles that share an open time.</summary>
public sealed class ReturnCorrelationTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private static readonly decimal[] Irregular = [100m, 103m, 101m, 106m, 104m, 104.5m, 110m, 107m, 108m, 112m, 109m, 115m];

    [Fact]
    public void Identical_series_correlate_at_one()
    {
        var correlation = ReturnCorrelation.Compute(Series(Irregular), Series(Irregular));

        Assert.NotNull(correlation);
        Assert.Equal(1d, (double)correlation.Value, 9);
    }

    [Fact]
    public void Series_with_proportional_prices_correlate_at_one()
    {
        var correlation = ReturnCorrelation.Compute(Series(Irregular), Series([.. Irregular.Select(c => c * 3m)]));

        Assert.Equal(1d, (double)correlation!.Value, 9);
    }

    [Fact]
    public void Series_whose_returns_mirror_each_other_correlate_at_minus_one()
    {
        // Each step one market doubles while the other halves, so every log return is exactly negated.
        var up = new List<decimal> { 100m };
        var down = new List<decimal> { 100m };
        for (var i = 0; i < 12; i++)
        {
            var factor = i % 3 == 0 ? 2m : 0.5m;
            up.Add(up[^1] * factor);
            down.Add(down[^1] / factor);
        }

        var correlation = ReturnCorrelation.Compute(Series(up), Series(down));

        Assert.Equal(-1d, (double)correlation!.Value, 9);
    }

    [Fact]
    public void Is_unknown_with_fewer_than_ten_matching_returns()
    {
        var tenCandles = Irregular[..10];

        Assert.Null(ReturnCorrelation.Compute(Series(tenCandles), Series(tenCandles)));
        Assert.NotNull(ReturnCorrelation.Compute(Series(Irregular[..11]), Series(Irregular[..11])));
    }

    [Fact]
    public void Pairs_candles_by_open_time_and_ignores_the_rest()
    {
        var shifted = Series(Irregular).Select(c => c with { OpenTime = c.OpenTime.AddMinutes(7) }).ToList();

        Assert.Null(ReturnCorrelation.Compute(Series(Irregular), shifted));
    }

    [Fact]
    public void Is_unknown_when_a_market_did_not_move()
    {
        var flat = Enumerable.Repeat(100m, Irregular.Length).ToArray();

        Assert.Null(ReturnCorrelation.Compute(Series(Irregular), Series(flat)));
    }

    private static List<Candle> Series(IReadOnlyList<decimal> closes) =>
        [.. closes.Select((close, i) => new Candle(Start.AddHours(i), close, close, close, close, 1m))];
}
