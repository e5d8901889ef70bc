namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// How the technical score and the AI score are blended (FUSION_ENABLED, FUSION_W_*): weights not negative,
/// summing to 1 (±1e-9). Switched off, decisions use the technical score whatever a model says.
/// </summary>
public sealed class FusionOptions
{
    public bool Enabled { get; init; } = true;

    public decimal WeightTechnical { get; init; } = 0.65m;

    public decimal WeightAi { get; init; } = 0.35m;

    internal static FusionOptions Read(VariableReader r)
    {
        var d = new FusionOptions();
        var options = new FusionOptions
        {
            Enabled = r.Bool("FUSION_ENABLED", d.Enabled),
            WeightTechnical = RiskOptions.Limit(r, "FUSION_W_TECHNICAL", d.WeightTechnical),
            WeightAi = RiskOptions.Limit(r, "FUSION_W_AI", d.WeightAi),
        };

        r.SumsToOne("Fusion weights", [("FUSION_W_TECHNICAL", options.WeightTechnical), ("FUSION_W_AI", options.WeightAi)]);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["FUSION_ENABLED"] = SettingText.Flag(Enabled);
        into["FUSION_W_TECHNICAL"] = SettingText.Number(WeightTechnical);
        into["FUSION_W_AI"] = SettingText.Number(WeightAi);
    }
}
