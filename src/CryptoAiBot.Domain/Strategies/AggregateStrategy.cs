using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// Combines several strategies into one verdict per candle (STRATEGY_MODE). Every child sees every
/// candle, whatever the mode, so each keeps its own state current. Until the slowest child is warm the
/// aggregate holds with <see cref="WarmingUp"/>. Then:
/// <list type="bullet">
/// <item><see cref="AggregationMode.First"/>: the signal of the first child, in list order, whose action
/// is not hold, returned as that child made it (its name, score and reason); if all hold, the first
/// child's hold signal. Once warm, an aggregate of one child in this mode returns the child's signals.</item>
/// <item><see cref="AggregationMode.Vote"/>: buy if more children say buy than sell, sell if more say
/// sell, hold on a tie (including no votes). Score = (buys − sells) / children.</item>
/// <item><see cref="AggregationMode.Weighted"/>: net = Σ weight × direction, direction being +1 for buy,
/// −1 for sell, 0 for hold; buy if net ≥ threshold, sell if net ≤ −threshold. Score = net clamped to
/// [-1, 1]. Directions rather than child scores are weighted because a cross strategy's score on its
/// signal candle is near zero (the EMA gap at the cross), which would keep it from ever counting.</item>
/// </list>
/// Vote and weighted signals carry the name <see cref="StrategyName"/> and a constant reason.
/// Allocation-free per candle: children and weights are copied into arrays at construction.
/// </summary>
public sealed class AggregateStrategy : IStrategy
{
    public const string StrategyName = "aggregate";
    public const double DefaultThreshold = 0.5d;
    public const string WarmingUp = "warming up";
    public const string MajorityBuy = "most signalling strategies say buy";
    public const string MajoritySell = "most signalling strategies say sell";
    public const string VoteTied = "buy and sell votes are tied";
    public const string WeightedBuy = "weighted signals reach the buy threshold";
    public const string WeightedSell = "weighted signals reach the sell threshold";
    public const string WeightedBelowThreshold = "weighted signals are below the threshold";

    private readonly IStrategy[] _strategies;
    private readonly double[] _weights;
    private int _seen;

    /// <param name="strategies">At least one child, each instance once.</param>
    /// <param name="mode">How to combine.</param>
    /// <param name="weights">One finite weight ≥ 0 per child (weighted mode); null means equal weights 1/n.</param>
    /// <param name="threshold">Net weighted direction needed to act, finite and &gt; 0.</param>
    public AggregateStrategy(IReadOnlyList<IStrategy> strategies, AggregationMode mode, IReadOnlyList<double>? weights = null, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        if (strategies.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(strategies), "An aggregate needs at least one strategy.");
        }

        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown aggregation mode.");
        }

        if (!double.IsFinite(threshold) || threshold <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "Weighted threshold must be a finite number > 0.");
        }

        _strategies = new IStrategy[strategies.Count];
        _weights = new double[strategies.Count];
        for (var i = 0; i < _strategies.Length; i++)
        {
            var strategy = strategies[i] ?? throw new ArgumentException($"Strategy {i} is null.", nameof(strategies));
            if (Array.IndexOf(_strategies, strategy, 0, i) >= 0)
            {
                throw new ArgumentException($"Strategy '{strategy.Name}' instance is listed twice; it would see every candle twice.", nameof(strategies));
            }

            _strategies[i] = strategy;
            _weights[i] = weights is null ? 1d / strategies.Count : WeightAt(weights, i, strategies.Count);
            WarmupCandles = Math.Max(WarmupCandles, strategy.WarmupCandles);
        }

        Mode = mode;
        Threshold = threshold;
        Name = $"{mode.ToString().ToLowerInvariant()}({string.Join(",", _strategies.Select(s => s.Name))})";
    }

    /// <summary>The mode and the children, e.g. <c>vote(ema_cross,rsi_momentum)</c>, built once; signals carry <see cref="StrategyName"/>.</summary>
    public string Name { get; }

    /// <summary>How the children are combined.</summary>
    public AggregationMode Mode { get; }

    /// <summary>The children, in priority order.</summary>
    public IReadOnlyList<IStrategy> Strategies => _strategies;

    /// <summary>Weight of each child, aligned with <see cref="Strategies"/> (used in weighted mode).</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Net weighted direction needed to act in weighted mode.</summary>
    public double Threshold { get; }

    /// <summary>The largest warm-up of the children.</summary>
    public int WarmupCandles { get; }

    public StrategySignal OnCandle(in Candle candle)
    {
        var first = default(StrategySignal);
        var firstActive = -1;
        var buys = 0;
        var sells = 0;
        var net = 0d;
        for (var i = 0; i < _strategies.Length; i++)
        {
            var signal = _strategies[i].OnCandle(candle);
            if (i == 0)
            {
                first = signal;
            }

            if (signal.Action == SignalAction.Hold)
            {
                continue;
            }

            if (firstActive < 0)
            {
                firstActive = i;
                first = signal;
            }

            var buy = signal.Action == SignalAction.Buy;
            buys += buy ? 1 : 0;
            sells += buy ? 0 : 1;
            net += buy ? _weights[i] : -_weights[i];
        }

        if (_seen < WarmupCandles && ++_seen < WarmupCandles)
        {
            return StrategySignal.Hold(StrategyName, WarmingUp);
        }

        return Mode switch
        {
            AggregationMode.First => first,
            AggregationMode.Vote => Vote(buys, sells),
            _ => Weigh(net),
        };
    }

    public void Reset()
    {
        foreach (var strategy in _strategies)
        {
            strategy.Reset();
        }

        _seen = 0;
    }

    private StrategySignal Vote(int buys, int sells)
    {
        var score = (double)(buys - sells) / _strategies.Length;
        return buys > sells ? new StrategySignal(StrategyName, SignalAction.Buy, score, MajorityBuy)
            : sells > buys ? new StrategySignal(StrategyName, SignalAction.Sell, score, MajoritySell)
            : StrategySignal.Hold(StrategyName, VoteTied);
    }

    private StrategySignal Weigh(double net)
    {
        var score = Math.Clamp(net, -1d, 1d);
        return net >= Threshold ? new StrategySignal(StrategyName, SignalAction.Buy, score, WeightedBuy)
            : net <= -Threshold ? new StrategySignal(StrategyName, SignalAction.Sell, score, WeightedSell)
            : StrategySignal.Hold(StrategyName, WeightedBelowThreshold, score);
    }

    private static double WeightAt(IReadOnlyList<double> weights, int index, int count)
    {
        if (weights.Count != count)
        {
            throw new ArgumentException($"Expected one weight per strategy ({count}); got {weights.Count}.", nameof(weights));
        }

        var weight = weights[index];
        return double.IsFinite(weight) && weight >= 0d
            ? weight
            : throw new ArgumentOutOfRangeException(nameof(weights), weight, $"Weight {index} must be a finite number >= 0.");
    }
}
