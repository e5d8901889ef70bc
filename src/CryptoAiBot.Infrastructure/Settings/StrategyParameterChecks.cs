namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Invariants of the strategy parameters (RSI_*, BB_*, ATR_*), mirroring what the Domain strategies'
/// constructors accept, so a bad value is reported at start with every other problem instead of
/// throwing when the first symbol's strategy is built.
/// </summary>
internal static class StrategyParameterChecks
{
    // Periods size ring buffers allocated per symbol; a typo like 2000000 should fail, not allocate.
    private const int MaxPeriod = 10_000;

    public static void Check(VariableReader r, StrategyOptions o)
    {
        CheckPeriod(r, "RSI_PERIOD", o.RsiPeriod, 1);
        var levelsValid = CheckLevel(r, "RSI_BUY_BELOW", o.RsiBuyBelow) & CheckLevel(r, "RSI_SELL_ABOVE", o.RsiSellAbove);
        if (levelsValid && o.RsiBuyBelow >= o.RsiSellAbove)
        {
            r.Problem($"RSI_BUY_BELOW must be less than RSI_SELL_ABOVE; got RSI_BUY_BELOW={SettingText.Number(o.RsiBuyBelow)}, RSI_SELL_ABOVE={SettingText.Number(o.RsiSellAbove)}");
        }

        CheckPeriod(r, "BB_PERIOD", o.BollingerPeriod, 2);
        r.Positive("BB_K", o.BollingerK);
        CheckPeriod(r, "ATR_PERIOD", o.AtrPeriod, 1);
        CheckPeriod(r, "ATR_LOOKBACK", o.AtrLookback, 1);
        r.Positive("ATR_MULTIPLIER", o.AtrMultiplier);
    }

    private static void CheckPeriod(VariableReader r, string name, int value, int min)
    {
        if (value < min || value > MaxPeriod)
        {
            r.Problem($"{name} must be between {min} and {MaxPeriod}; got {value}");
        }
    }

    private static bool CheckLevel(VariableReader r, string name, decimal value)
    {
        if (value is > 0m and < 100m)
        {
            return true;
        }

        r.Problem($"{name} must be above 0 and below 100; got {SettingText.Number(value)}");
        return false;
    }
}
