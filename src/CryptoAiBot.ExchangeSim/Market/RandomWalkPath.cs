namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>
/// A geometric random walk with the pair's step volatility, seeded so a run repeats. The history before the
/// start is the same walk run backwards from the start price: hourly prints for <c>HistoryDays</c>, then a
/// print a minute for the last day, so both long and short candles have data.
/// </summary>
internal sealed class RandomWalkPath(SimPairOptions pair, GateSimulatorOptions options, Random random) : IPricePath
{
    public decimal StartPrice => pair.StartPrice;

    public IReadOnlyList<PricePoint> History(DateTimeOffset start)
    {
        var points = new List<PricePoint>();
        var stepSeconds = options.StepInterval.TotalSeconds;
        var minuteVolatility = Math.Min(0.003, pair.StepVolatility * Math.Sqrt(60 / stepSeconds));
        var hourVolatility = Math.Min(0.01, pair.StepVolatility * Math.Sqrt(3_600 / stepSeconds));
        var price = pair.StartPrice;
        for (var minute = 1; minute <= 1_440; minute++)
        {
            price = Walk(price, minuteVolatility);
            points.Add(new PricePoint(start.AddMinutes(-minute), price, Volume(1)));
        }

        var dayAgo = start.AddDays(-1);
        for (var hour = 1; hour <= options.HistoryDays * 24; hour++)
        {
            price = Walk(price, hourVolatility);
            points.Add(new PricePoint(dayAgo.AddHours(-hour), price, Volume(20)));
        }

        points.Reverse();
        return points;
    }

    public (decimal Price, decimal Volume) Next(decimal last) => (Walk(last, pair.StepVolatility), Volume(1));

    private decimal Walk(decimal price, double volatility)
    {
        // Box-Muller: a standard normal draw from two uniforms of the seeded generator.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        var next = Math.Round(price * (decimal)Math.Exp(volatility * z), pair.Precision);
        return Math.Max(next, Precision.Tick(pair.Precision));
    }

    private decimal Volume(int scale) =>
        Precision.Floor(pair.LevelSize * scale * (decimal)(0.5 + random.NextDouble()), pair.AmountPrecision);
}
