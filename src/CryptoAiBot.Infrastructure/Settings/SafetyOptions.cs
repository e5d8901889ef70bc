namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>Hard daily caps that stop all trading when reached, whatever the risk rules say: SAFETY_*. Zero disables a cap.</summary>
public sealed class SafetyOptions
{
    public int MaxOrdersPerDay { get; init; }

    public decimal MaxTurnoverQuotePerDay { get; init; }

    internal static SafetyOptions Read(VariableReader r)
    {
        var d = new SafetyOptions();
        return new SafetyOptions
        {
            MaxOrdersPerDay = RiskOptions.Count(r, "SAFETY_MAX_ORDERS_PER_DAY", d.MaxOrdersPerDay),
            MaxTurnoverQuotePerDay = RiskOptions.Limit(r, "SAFETY_MAX_TURNOVER_QUOTE_PER_DAY", d.MaxTurnoverQuotePerDay),
        };
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["SAFETY_MAX_ORDERS_PER_DAY"] = SettingText.Number(MaxOrdersPerDay);
        into["SAFETY_MAX_TURNOVER_QUOTE_PER_DAY"] = SettingText.Number(MaxTurnoverQuotePerDay);
    }
}
