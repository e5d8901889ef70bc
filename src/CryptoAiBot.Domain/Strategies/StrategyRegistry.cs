using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Strategies;

/// <summary>
/// The strategies known by name (<c>STRATEGY_SET</c>) and the factory that builds the per-symbol
/// strategy from a set, an aggregation mode and weights. Names are matched exactly (lower case).
/// </summary>
public static class StrategyRegistry
{
    private static readonly string[] KnownNames =
    [
        EmaCrossStrategy.StrategyName,
        RsiMomentumStrategy.StrategyName,
        BollingerReversionStrategy.StrategyName,
        AtrBreakoutStrategy.StrategyName,
        SignalsPolicyStrategy.StrategyName,
    ];

    /// <summary>Every known name, in documentation order: ema_cross, rsi_momentum, bollinger, atr_breakout, signals_policy.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(KnownNames);

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/> (exact, ordinal).</summary>
    public static bool IsKnown(string name) => Array.IndexOf(KnownNames, name) >= 0;

    /// <summary>A new instance of the strategy called <paramref name="name"/>, configured from <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">The name is unknown (the message lists the known ones).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter the strategy uses is invalid.</exception>
    public static IStrategy Create(string name, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        return name switch
        {
            EmaCrossStrategy.StrategyName => new EmaCrossStrategy(p.EmaFast, p.EmaSlow),
            RsiMomentumStrategy.StrategyName => new RsiMomentumStrategy(p.RsiPeriod, p.RsiBuyBelow, p.RsiSellAbove),
            BollingerReversionStrategy.StrategyName => new BollingerReversionStrategy(p.BollingerPeriod, p.BollingerK),
            AtrBreakoutStrategy.StrategyName => new AtrBreakoutStrategy(p.AtrPeriod, p.AtrLookback, p.AtrMultiplier),
            SignalsPolicyStrategy.StrategyName => new SignalsPolicyStrategy(p.EmaFast, p.EmaSlow, p.RsiPeriod, p.RsiSellAbove),
            _ => throw Unknown(name, nameof(name)),
        };
    }

    /// <summary>
    /// A factory making, for each symbol, a fresh instance of the one strategy in <paramref name="set"/>,
    /// or an <see cref="AggregateStrategy"/> over all of them in <paramref name="mode"/>. Everything is
    /// checked now, by building one instance, so a bad configuration fails at start, not on first use.
    /// In weighted mode a strategy missing from <paramref name="weights"/> weighs 0.
    /// </summary>
    /// <param name="set">Strategy names, distinct, at least one; the order is the priority in first mode.</param>
    /// <param name="mode">How several strategies are combined (ignored for one).</param>
    /// <param name="weights">Weight per name (weighted mode); every key must be in <paramref name="set"/>.</param>
    /// <param name="parameters">Parameters of every strategy, and the weighted threshold.</param>
    public static StrategyFactory CreateFactory(
        IReadOnlyList<string> set, AggregationMode mode, IReadOnlyDictionary<string, double> weights, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(parameters);
        if (set.Count == 0)
        {
            throw new ArgumentException($"The strategy set is empty; known: {string.Join(", ", KnownNames)}.", nameof(set));
        }

        var names = new string[set.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var name = set[i];
            if (!IsKnown(name))
            {
                throw Unknown(name, nameof(set));
            }

            if (Array.IndexOf(names, name, 0, i) >= 0)
            {
                throw new ArgumentException($"Strategy '{name}' is listed more than once.", nameof(set));
            }

            names[i] = name;
        }

        foreach (var key in weights.Keys)
        {
            if (Array.IndexOf(names, key) < 0)
            {
                throw new ArgumentException($"Weight given for '{key}', which is not in the strategy set ({string.Join(", ", names)}).", nameof(weights));
            }
        }

        if (mode == AggregationMode.Weighted && names.Length > 1 && weights.Count == 0)
        {
            throw new ArgumentException("Weighted aggregation needs a weight per strategy.", nameof(weights));
        }

        var weightList = Array.ConvertAll(names, n => weights.TryGetValue(n, out var w) ? w : 0d);
        var threshold = parameters.WeightedThreshold;
        IStrategy Build(Symbol symbol) =>
            names.Length == 1
                ? Create(names[0], parameters)
                : new AggregateStrategy(Array.ConvertAll(names, n => Create(n, parameters)), mode, weightList, threshold);

        Build(default);
        return Build;
    }

    private static ArgumentException Unknown(string name, string parameter) =>
        new($"Unknown strategy '{name}'; known: {string.Join(", ", KnownNames)}.", parameter);
}
