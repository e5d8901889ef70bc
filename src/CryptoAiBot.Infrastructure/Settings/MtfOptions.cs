using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// The multi-timeframe trend filter: MTF_ENABLED and the weight of each timeframe's trend in the combined
/// score (MTF_W_*). The weights are not negative and sum to 1 (±1e-9).
/// </summary>
public sealed class MtfOptions
{
    public bool Enabled { get; init; } = true;

    public decimal WeightM15 { get; init; }

    public decimal WeightH1 { get; init; } = 0.40m;

    public decimal WeightH4 { get; init; } = 0.30m;

    public decimal WeightD1 { get; init; } = 0.20m;

    public decimal WeightW1 { get; init; } = 0.10m;

    internal static MtfOptions Read(VariableReader r, TradingOptions trading)
    {
        var d = new MtfOptions();
        var options = new MtfOptions
        {
            Enabled = r.Bool("MTF_ENABLED", d.Enabled),
            WeightM15 = RiskOptions.Limit(r, "MTF_W_M15", d.WeightM15),
            WeightH1 = RiskOptions.Limit(r, "MTF_W_H1", d.WeightH1),
            WeightH4 = RiskOptions.Limit(r, "MTF_W_H4", d.WeightH4),
            WeightD1 = RiskOptions.Limit(r, "MTF_W_D1", d.WeightD1),
            WeightW1 = RiskOptions.Limit(r, "MTF_W_W1", d.WeightW1),
        };

        r.SumsToOne("MTF weights", options.Weights());
        if (options.Enabled)
        {
            CheckBuildable(r, options, trading.Timeframe);
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["MTF_ENABLED"] = SettingText.Flag(Enabled);
        foreach (var (name, value) in Weights())
        {
            into[name] = SettingText.Number(value);
        }
    }

    /// <summary>The weights as the trend filter takes them.</summary>
    public TrendWeights ToWeights() => new(WeightM15, WeightH1, WeightH4, WeightD1, WeightW1);

    /// <summary>Every weighted timeframe must be made of whole trading candles, or the filter could never build it.</summary>
    private static void CheckBuildable(VariableReader r, MtfOptions options, string tradingTimeframe)
    {
        if (!Timeframe.TryParse(tradingTimeframe, out var input))
        {
            return; // TRADING_TIMEFRAME reported its own problem
        }

        Timeframe[] timeframes = [Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1, Timeframe.W1];
        var weights = options.Weights();
        for (var i = 0; i < timeframes.Length; i++)
        {
            if (weights[i].Value > 0m && !input.Divides(timeframes[i]))
            {
                r.Problem($"{weights[i].Name}={SettingText.Number(weights[i].Value)} weighs the {timeframes[i]} trend, which cannot be built from " +
                    $"TRADING_TIMEFRAME={input} candles; set it to 0 (and re-balance the MTF weights) or trade a shorter timeframe");
            }
        }
    }

    private List<(string Name, decimal Value)> Weights() =>
    [
        ("MTF_W_M15", WeightM15), ("MTF_W_H1", WeightH1), ("MTF_W_H4", WeightH4), ("MTF_W_D1", WeightD1), ("MTF_W_W1", WeightW1),
    ];
}
