using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.MarketSimulation;

/// <summary>
/// One symbol's random walk. Invariants: the path is a pure function of (seed, start time, now) —
/// every step draws the same number of random values whatever the call pattern, so querying often or
/// rarely yields the same candles; a candle is published only once its last step is realized
/// (<c>OpenTime + period &lt;= now</c>); prices are rounded to the instrument's tick and never below it.
/// </summary>
internal sealed class SimulatedPath
{
    private const int MinRetainedCandles = 10_000;
    private const double StepQuoteVolume = 1_000d;
    private const double RegimeSwitchProbability = 0.002;

    private static readonly double[] StepVolatility = [0.0005, 0.0015, 0.004];
    private static readonly decimal[] SpreadFraction = [0.0002m, 0.0002m, 0.0006m];
    private static readonly double[] VolumeFactor = [0.5, 1.0, 2.5];

    private readonly object _gate = new();
    private readonly Random _random;
    private readonly InstrumentRules _rules;
    private readonly decimal _tick;
    private readonly long _periodTicks;
    private readonly int _stepsPerCandle;
    private readonly int _retained;
    private readonly List<Candle> _closed = [];
    private readonly long _marketTicks;
    private readonly long _wallOriginTicks;
    private readonly long _marketOriginTicks;

    private VolatilityRegime _regime = VolatilityRegime.Normal;
    private double _logPrice;
    private long _formingOpenTicks;
    private int _stepsDone;
    private decimal _open;
    private decimal _high;
    private decimal _low;
    private decimal _last;
    private double _volume;

    public SimulatedPath(Symbol symbol, MarketSimulatorOptions options, DateTimeOffset start)
    {
        _random = new Random(options.Seed ^ StableHash(symbol.ToString()));
        _rules = InstrumentRules.DefaultFor(symbol);
        _tick = 1m / Pow10(_rules.PricePrecision);
        _periodTicks = options.CandlePeriod.Ticks;
        _stepsPerCandle = options.StepsPerCandle;
        _retained = Math.Max(options.HistoryCandles, MinRetainedCandles);

        var startTicks = start.UtcTicks;
        var alignedStart = startTicks - ((startTicks - DateTimeOffset.UnixEpoch.UtcTicks) % _periodTicks);
        _formingOpenTicks = alignedStart - (options.HistoryCandles * _periodTicks);
        if (options.MarketTimeframe is { } market)
        {
            _marketTicks = market.Duration.Ticks;
            _wallOriginTicks = alignedStart;
            _marketOriginTicks = market.BucketStart(start).UtcTicks;
        }

        _logPrice = Math.Log((double)options.StartPrice);
        _open = _high = _low = _last = ToPrice(_logPrice);
        lock (_gate)
        {
            AdvanceTo(start);
        }
    }

    public Ticker Ticker(Symbol symbol, DateTimeOffset now)
    {
        lock (_gate)
        {
            AdvanceTo(now);
            var half = CeilToTick(_last * SpreadFraction[(int)_regime] / 2m);
            var bid = Math.Max(_tick, _last - half);
            var ask = Math.Max(bid + _tick, _last + half);
            return new Ticker(symbol, bid, ask, _last, now);
        }
    }

    public IReadOnlyList<Candle> ClosedCandles(int limit, DateTimeOffset now)
    {
        lock (_gate)
        {
            AdvanceTo(now);
            var count = Math.Min(limit, _closed.Count);
            return _closed.GetRange(_closed.Count - count, count).ToArray();
        }
    }

    private void AdvanceTo(DateTimeOffset now)
    {
        var nowTicks = now.UtcTicks;
        while (true)
        {
            // Step k of a candle is realized at OpenTime + period * k / steps (k = 1..steps).
            var nextStepTicks = _formingOpenTicks + (_periodTicks * (_stepsDone + 1) / _stepsPerCandle);
            if (nextStepTicks > nowTicks)
            {
                return;
            }

            Step();
            if (++_stepsDone == _stepsPerCandle)
            {
                CloseCandle();
            }
        }
    }

    private void Step()
    {
        // Fixed draw count per step (switch, regime, two normals, volume) keeps the stream aligned.
        var switchDraw = _random.NextDouble();
        var regimeDraw = _random.Next(2);
        var u1 = 1d - _random.NextDouble();
        var u2 = _random.NextDouble();
        var volumeDraw = _random.NextDouble();

        if (switchDraw < RegimeSwitchProbability)
        {
            _regime = (VolatilityRegime)(((int)_regime + 1 + regimeDraw) % 3);
        }

        var sigma = StepVolatility[(int)_regime];
        var z = Math.Sqrt(-2d * Math.Log(u1)) * Math.Cos(2d * Math.PI * u2);
        _logPrice += (sigma * z) - (0.5 * sigma * sigma); // log-return: the price stays positive.

        _last = ToPrice(_logPrice);
        _high = Math.Max(_high, _last);
        _low = Math.Min(_low, _last);
        _volume += (0.5 + volumeDraw) * VolumeFactor[(int)_regime] * StepQuoteVolume / (double)_last;
    }

    private void CloseCandle()
    {
        var volume = Math.Round((decimal)_volume, _rules.AmountPrecision, MidpointRounding.ToZero);
        _closed.Add(new Candle(new DateTimeOffset(Label(_formingOpenTicks), TimeSpan.Zero), _open, _high, _low, _last, volume));
        if (_closed.Count > _retained + 1_000)
        {
            _closed.RemoveRange(0, _closed.Count - _retained);
        }

        _formingOpenTicks += _periodTicks;
        _stepsDone = 0;
        _open = _high = _low = _last;
        _volume = 0d;
    }

    /// <summary>The open time a candle shows: real time, or its period's start in the compressed market time.</summary>
    private long Label(long wallOpenTicks) =>
        _marketTicks == 0 ? wallOpenTicks : _marketOriginTicks + ((wallOpenTicks - _wallOriginTicks) / _periodTicks * _marketTicks);

    private decimal ToPrice(double logPrice) => Math.Max(_tick, _rules.RoundPrice((decimal)Math.Exp(logPrice)));

    private decimal CeilToTick(decimal value) => Math.Max(_tick, decimal.Ceiling(value / _tick) * _tick);

    private static decimal Pow10(int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }

        return factor;
    }

    /// <summary>FNV-1a: unlike <see cref="string.GetHashCode()"/>, identical in every process.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
