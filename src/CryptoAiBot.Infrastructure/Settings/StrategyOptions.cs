namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Which strategies run and how their signals combine: STRATEGY_SET, STRATEGY_MODE, STRATEGY_SCORES, EMA_FAST, EMA_SLOW.</summary>
public sealed class StrategyOptions
{
    internal static readonly (string Name, StrategyCombineMode Value)[] Modes =
        [("first", StrategyCombineMode.First), ("vote", StrategyCombineMode.Vote), ("weighted", StrategyCombineMode.Weighted)];

    /// <summary>Names STRATEGY_SET accepts.</summary>
    public static IReadOnlyList<string> KnownStrategies { get; } =
        ["ema_cross", "rsi_momentum", "bollinger", "atr_breakout", "signals_policy"];

    /// <summary>Strategies to run, lower case, distinct, in the order given (STRATEGY_SET).</summary>
    public IReadOnlyList<string> Set { get; init; } = ["ema_cross"];

    public StrategyCombineMode Mode { get; init; } = StrategyCombineMode.First;

    /// <summary>Weight per strategy name (STRATEGY_SCORES); non-empty in weighted mode, then summing to 1.</summary>
    public IReadOnlyDictionary<string, decimal> Scores { get; init; } = new Dictionary<string, decimal>();

    public int EmaFast { get; init; } = 12;

    public int EmaSlow { get; init; } = 26;

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

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["STRATEGY_SET"] = string.Join(",", Set);
        into["STRATEGY_MODE"] = SettingText.Name(Modes, Mode);
        into["STRATEGY_SCORES"] = string.Join(",", Scores.Select(s => $"{s.Key}:{SettingText.Number(s.Value)}"));
        into["EMA_FAST"] = SettingText.Number(EmaFast);
        into["EMA_SLOW"] = SettingText.Number(EmaSlow);
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
