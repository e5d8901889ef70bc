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

    internal static MtfOptions Read(VariableReader r)
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

    private List<(string Name, decimal Value)> Weights() =>
    [
        ("MTF_W_M15", WeightM15), ("MTF_W_H1", WeightH1), ("MTF_W_H4", WeightH4), ("MTF_W_D1", WeightD1), ("MTF_W_W1", WeightW1),
    ];
}
