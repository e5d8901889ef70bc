using CryptoAiBot.Application.Backtesting;

namespace CryptoAiBot.Application.Tests.Backtesting;

/// <summary>The bounded equity curve keeps exactly the points of the plain "every stride-th, halve when full" rule.</summary>
public sealed class EquityCurveTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 1_000)]
    [InlineData(7, 5_000)]
    [InlineData(8, 8)]
    [InlineData(10, 9)]
    [InlineData(500, 100_003)]
    public void Keeps_the_points_the_modulo_rule_keeps(int capacity, int points)
    {
        var curve = new EquityCurve(capacity);
        var expected = new ModuloCurve(capacity);
        var open = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < points; i++)
        {
            var time = open.AddMinutes(i);
            curve.Add(time, 60_000, i * 0.5m);
            expected.Add(time.ToUnixTimeMilliseconds() + 60_000, i * 0.5m);
        }

        Assert.Equal(expected.Points(), curve.Points());
    }

    /// <summary>The rule as first written: a modulo by the stride for every point.</summary>
    private sealed class ModuloCurve(int capacity)
    {
        private readonly List<EquityPoint> _points = [];
        private long _stride = 1;
        private long _seen;

        public void Add(long timeMs, decimal equity)
        {
            if (_seen++ % _stride != 0)
            {
                return;
            }

            if (_points.Count == capacity)
            {
                var kept = _points.Where((_, i) => i % 2 == 0).Take(capacity / 2).ToList();
                _points.Clear();
                _points.AddRange(kept);
                _stride *= 2;
                if ((_seen - 1) % _stride != 0)
                {
                    return;
                }
            }

            _points.Add(new EquityPoint(timeMs, equity));
        }

        public IReadOnlyList<EquityPoint> Points() => _points;
    }
}
