using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// The multi-timeframe trend filter: MTF_ENABLED, the weight of each timeframe's trend in the combined
/// score (MTF_W_*; not negative, summing to 1 ±1e-9), and how each timeframe's trend is measured:
/// <c>tanh((close − EMA(MTF_EMA_PERIOD)) / (MTF_ATR_MULT × ATR(MTF_ATR_PERIOD)))</c>, entries allowed while the
/// weighted score is at least MTF_ENTRY_THRESHOLD.
/// </summary>
public sealed class MtfOptions
{
    public bool Enabled { get; init; } = true;

    public decimal WeightM15 { get; init; }

    public decimal WeightH1 { get; init; } = 0.40m;

    public decimal WeightH4 { get; init; } = 0.30m;

    public decimal WeightD1 { get; init; } = 0.20m;

    public decimal WeightW1 { get; init; } = 0.10m;

    public int EmaPeriod { get; init; } = TrendFilterSettings.Default.EmaPeriod;

    public int AtrPeriod { get; init; } = TrendFilterSettings.Default.AtrPeriod;

    public decimal AtrMultiple { get; init; } = (decimal)TrendFilterSettings.Default.AtrMultiple;

    public decimal EntryThreshold { get; init; } = (decimal)TrendFilterSettings.Default.EntryThreshold;

    /// <summary>The measure and threshold as the trend filter takes them.</summary>
    public TrendFilterSettings ToFilterSettings() => new()
    {
        Enabled = Enabled,
        EmaPeriod = EmaPeriod,
        AtrPeriod = AtrPeriod,
        AtrMultiple = (double)AtrMultiple,
        EntryThreshold = (double)EntryThreshold,
    };

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
            EmaPeriod = r.Int("MTF_EMA_PERIOD", d.EmaPeriod),
            AtrPeriod = r.Int("MTF_ATR_PERIOD", d.AtrPeriod),
            AtrMultiple = r.Decimal("MTF_ATR_MULT", d.AtrMultiple),
            EntryThreshold = r.Decimal("MTF_ENTRY_THRESHOLD", d.EntryThreshold),
        };

        r.Between("MTF_EMA_PERIOD", options.EmaPeriod, 1m, 1_000m);
        r.Between("MTF_ATR_PERIOD", options.AtrPeriod, 1m, 1_000m);
        r.Positive("MTF_ATR_MULT", options.AtrMultiple);
        r.Between("MTF_ENTRY_THRESHOLD", options.EntryThreshold, -1m, 1m);

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
        into["MTF_EMA_PERIOD"] = SettingText.Number(EmaPeriod);
        into["MTF_ATR_PERIOD"] = SettingText.Number(AtrPeriod);
        into["MTF_ATR_MULT"] = SettingText.Number(AtrMultiple);
        into["MTF_ENTRY_THRESHOLD"] = SettingText.Number(EntryThreshold);
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

        // Weights() lists the variables in the order of TrendWeights.Timeframes.
        var weights = options.Weights();
        for (var i = 0; i < weights.Count; i++)
        {
            var timeframe = TrendWeights.Timeframes[i];
            if (weights[i].Value > 0m && !input.Divides(timeframe))
            {
                r.Problem($"{weights[i].Name}={SettingText.Number(weights[i].Value)} weighs the {timeframe} trend, which cannot be built from " +
                    $"TRADING_TIMEFRAME={input} candles; set it to 0 (and re-balance the MTF weights) or trade a shorter timeframe");
            }
        }
    }

    private List<(string Name, decimal Value)> Weights() =>
    [
        ("MTF_W_M15", WeightM15), ("MTF_W_H1", WeightH1), ("MTF_W_H4", WeightH4), ("MTF_W_D1", WeightD1), ("MTF_W_W1", WeightW1),
    ];
}
