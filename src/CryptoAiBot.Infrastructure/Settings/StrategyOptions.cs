using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Which strategies run, how their signals combine, and their parameters: STRATEGY_*, EMA_*, RSI_*, BB_*, ATR_*.</summary>
public sealed class StrategyOptions
{
    internal static readonly (string Name, StrategyCombineMode Value)[] Modes =
        [("first", StrategyCombineMode.First), ("vote", StrategyCombineMode.Vote), ("weighted", StrategyCombineMode.Weighted)];

    /// <summary>Names STRATEGY_SET accepts.</summary>
    public static IReadOnlyList<string> KnownStrategies => StrategyRegistry.Names;

    /// <summary>Strategies to run, lower case, distinct, in the order given (STRATEGY_SET).</summary>
    public IReadOnlyList<string> Set { get; init; } = ["ema_cross"];

    public StrategyCombineMode Mode { get; init; } = StrategyCombineMode.First;

    /// <summary>Weight per strategy name (STRATEGY_SCORES); non-empty in weighted mode, then summing to 1.</summary>
    public IReadOnlyDictionary<string, decimal> Scores { get; init; } = new Dictionary<string, decimal>();

    public int EmaFast { get; init; } = 12;

    public int EmaSlow { get; init; } = 26;

    /// <summary>RSI period of rsi_momentum and signals_policy (RSI_PERIOD).</summary>
    public int RsiPeriod { get; init; } = 14;

    /// <summary>Oversold level of rsi_momentum (RSI_BUY_BELOW); 0 &lt; buy &lt; sell &lt; 100.</summary>
    public decimal RsiBuyBelow { get; init; } = 30m;

    /// <summary>Overbought level of rsi_momentum and signals_policy (RSI_SELL_ABOVE).</summary>
    public decimal RsiSellAbove { get; init; } = 70m;

    /// <summary>Window of bollinger (BB_PERIOD), at least 2.</summary>
    public int BollingerPeriod { get; init; } = 20;

    /// <summary>Band width of bollinger in standard deviations (BB_K), &gt; 0.</summary>
    public decimal BollingerK { get; init; } = 2m;

    /// <summary>ATR period of atr_breakout (ATR_PERIOD).</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>Channel length of atr_breakout in candles (ATR_LOOKBACK).</summary>
    public int AtrLookback { get; init; } = 20;

    /// <summary>ATR multiple beyond the channel of atr_breakout (ATR_MULTIPLIER), &gt; 0.</summary>
    public decimal AtrMultiplier { get; init; } = 1m;

    /// <summary>The strategy parameters as the Domain's <see cref="StrategyRegistry"/> takes them.</summary>
    public StrategyParameters ToParameters() => new()
    {
        EmaFast = EmaFast,
        EmaSlow = EmaSlow,
        RsiPeriod = RsiPeriod,
        RsiBuyBelow = (double)RsiBuyBelow,
        RsiSellAbove = (double)RsiSellAbove,
        BollingerPeriod = BollingerPeriod,
        BollingerK = (double)BollingerK,
        AtrPeriod = AtrPeriod,
        AtrLookback = AtrLookback,
        AtrMultiplier = (double)AtrMultiplier,
    };

    internal static StrategyOptions Read(VariableReader r)
    {
        var d = new StrategyOptions();
        var set = ReadSet(r, d.Set);
        var options = new StrategyOptions
        {
            Set = set,
            Mode = r.Choice("STRATEGY_MODE", d.Mode, Modes),
            Scores = ReadScores(r, set),
            EmaFast = r.Int("EMA_FAST", d.EmaFast),
            EmaSlow = r.Int("EMA_SLOW", d.EmaSlow),
            RsiPeriod = r.Int("RSI_PERIOD", d.RsiPeriod),
            RsiBuyBelow = r.Decimal("RSI_BUY_BELOW", d.RsiBuyBelow),
            RsiSellAbove = r.Decimal("RSI_SELL_ABOVE", d.RsiSellAbove),
            BollingerPeriod = r.Int("BB_PERIOD", d.BollingerPeriod),
            BollingerK = r.Decimal("BB_K", d.BollingerK),
            AtrPeriod = r.Int("ATR_PERIOD", d.AtrPeriod),
            AtrLookback = r.Int("ATR_LOOKBACK", d.AtrLookback),
            AtrMultiplier = r.Decimal("ATR_MULTIPLIER", d.AtrMultiplier),
        };

        if (options.Mode == StrategyCombineMode.Weighted && options.Scores.Count == 0)
        {
            r.Problem("STRATEGY_SCORES is required when STRATEGY_MODE=weighted, e.g. ema_cross:0.6,rsi_momentum:0.4");
        }

        r.Positive("EMA_FAST", options.EmaFast);
        r.Positive("EMA_SLOW", options.EmaSlow);
        if (options.EmaFast >= options.EmaSlow)
        {
            r.Problem($"EMA_FAST must be less than EMA_SLOW; got EMA_FAST={options.EmaFast}, EMA_SLOW={options.EmaSlow}");
        }

        StrategyParameterChecks.Check(r, options);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["STRATEGY_SET"] = string.Join(",", Set);
        into["STRATEGY_MODE"] = SettingText.Name(Modes, Mode);
        into["STRATEGY_SCORES"] = string.Join(",", Scores.Select(s => $"{s.Key}:{SettingText.Number(s.Value)}"));
        into["EMA_FAST"] = SettingText.Number(EmaFast);
        into["EMA_SLOW"] = SettingText.Number(EmaSlow);
        into["RSI_PERIOD"] = SettingText.Number(RsiPeriod);
        into["RSI_BUY_BELOW"] = SettingText.Number(RsiBuyBelow);
        into["RSI_SELL_ABOVE"] = SettingText.Number(RsiSellAbove);
        into["BB_PERIOD"] = SettingText.Number(BollingerPeriod);
        into["BB_K"] = SettingText.Number(BollingerK);
        into["ATR_PERIOD"] = SettingText.Number(AtrPeriod);
        into["ATR_LOOKBACK"] = SettingText.Number(AtrLookback);
        into["ATR_MULTIPLIER"] = SettingText.Number(AtrMultiplier);
    }

    private static IReadOnlyList<string> ReadSet(VariableReader r, IReadOnlyList<string> fallback)
    {
        var names = r.List("STRATEGY_SET");
        if (names is null)
        {
            return fallback;
        }

        var set = new List<string>();
        foreach (var name in names.Select(n => n.ToLowerInvariant()))
        {
            if (!KnownStrategies.Contains(name))
            {
                r.Problem($"STRATEGY_SET: unknown strategy {VariableReader.Echo(name)}; known: {string.Join(", ", KnownStrategies)}");
            }
            else if (set.Contains(name))
            {
                r.Problem($"STRATEGY_SET: '{name}' is listed more than once");
            }
            else
            {
                set.Add(name);
            }
        }

        if (names.Count == 0)
        {
            r.Problem("STRATEGY_SET must name at least one strategy");
        }

        return set.Count > 0 ? set : fallback;
    }

    private static Dictionary<string, decimal> ReadScores(VariableReader r, IReadOnlyList<string> set)
    {
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var entries = r.List("STRATEGY_SCORES");
        if (entries is null)
        {
            return scores;
        }

        var valid = true;
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? "" : entry[..colon].Trim().ToLowerInvariant();
            var weight = colon < 0 ? null : r.ParseDecimal("STRATEGY_SCORES", entry[(colon + 1)..].Trim());
            if (colon < 0)
            {
                r.Problem($"STRATEGY_SCORES: {VariableReader.Echo(entry)} is not name:weight");
            }
            else if (!set.Contains(name))
            {
                r.Problem($"STRATEGY_SCORES: {VariableReader.Echo(name)} is not in STRATEGY_SET ({string.Join(", ", set)})");
            }
            else if (scores.ContainsKey(name))
            {
                r.Problem($"STRATEGY_SCORES: '{name}' is listed more than once");
            }
            else if (weight < 0)
            {
                r.Problem($"STRATEGY_SCORES: weight of '{name}' must not be negative; got {SettingText.Number(weight.Value)}");
            }
            else if (weight is { } w)
            {
                scores[name] = w;
                continue;
            }

            valid = false;
        }

        if (valid && scores.Count > 0)
        {
            r.SumsToOne("STRATEGY_SCORES weights", scores.Select(s => (s.Key, s.Value)).ToList());
        }

        return scores;
    }
}
