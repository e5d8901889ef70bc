namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>How the technical score and the AI score are blended (FUSION_W_*): not negative, summing to 1 (±1e-9).</summary>
public sealed class FusionOptions
{
    public decimal WeightTechnical { get; init; } = 0.65m;

    public decimal WeightAi { get; init; } = 0.35m;

    internal static FusionOptions Read(VariableReader r)
    {
        var d = new FusionOptions();
        var options = new FusionOptions
        {
            WeightTechnical = RiskOptions.Limit(r, "FUSION_W_TECHNICAL", d.WeightTechnical),
            WeightAi = RiskOptions.Limit(r, "FUSION_W_AI", d.WeightAi),
        };

        r.SumsToOne("Fusion weights", [("FUSION_W_TECHNICAL", options.WeightTechnical), ("FUSION_W_AI", options.WeightAi)]);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["FUSION_W_TECHNICAL"] = SettingText.Number(WeightTechnical);
        into["FUSION_W_AI"] = SettingText.Number(WeightAi);
    }
}
