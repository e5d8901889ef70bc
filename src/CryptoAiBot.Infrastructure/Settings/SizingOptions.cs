namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Parameters of the position sizers other than fixed (POSITION_SIZER=kelly | target_vol): KELLY_WIN_RATE,
/// KELLY_PAYOFF_RATIO, KELLY_FRACTION, TARGET_VOL_PCT, TARGET_VOL_MAX_QUOTE. Always validated, whichever
/// sizer is chosen, so switching sizers never reveals an old mistake at the worst moment.
/// </summary>
public sealed class SizingOptions
{
    /// <summary>Share of winning trades, in [0, 1] (KELLY_WIN_RATE); take it from a backtest of the strategy.</summary>
    public decimal KellyWinRate { get; init; } = 0.5m;

    /// <summary>Average win / average loss, greater than 0 (KELLY_PAYOFF_RATIO).</summary>
    public decimal KellyPayoffRatio { get; init; } = 1.5m;

    /// <summary>Share of the full Kelly bet taken, in (0, 1] (KELLY_FRACTION).</summary>
    public decimal KellyFraction { get; init; } = 0.25m;

    /// <summary>Percent of equity that one ATR move of the position should be, greater than 0 (TARGET_VOL_PCT).</summary>
    public decimal TargetVolPct { get; init; } = 0.5m;

    /// <summary>Largest quote amount per entry for target_vol; 0 = no cap of its own (TARGET_VOL_MAX_QUOTE).</summary>
    public decimal TargetVolMaxQuote { get; init; }

    internal static SizingOptions Read(VariableReader r)
    {
        var d = new SizingOptions();
        var options = new SizingOptions
        {
            KellyWinRate = r.Decimal("KELLY_WIN_RATE", d.KellyWinRate),
            KellyPayoffRatio = r.Decimal("KELLY_PAYOFF_RATIO", d.KellyPayoffRatio),
            KellyFraction = r.Decimal("KELLY_FRACTION", d.KellyFraction),
            TargetVolPct = r.Decimal("TARGET_VOL_PCT", d.TargetVolPct),
            TargetVolMaxQuote = r.Decimal("TARGET_VOL_MAX_QUOTE", d.TargetVolMaxQuote),
        };

        r.Between("KELLY_WIN_RATE", options.KellyWinRate, 0m, 1m);
        r.Positive("KELLY_PAYOFF_RATIO", options.KellyPayoffRatio);
        if (options.KellyFraction is <= 0m or > 1m)
        {
            r.Problem($"KELLY_FRACTION must be > 0 and at most 1; got {SettingText.Number(options.KellyFraction)}");
        }

        r.Positive("TARGET_VOL_PCT", options.TargetVolPct);
        r.NotNegative("TARGET_VOL_MAX_QUOTE", options.TargetVolMaxQuote);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["KELLY_WIN_RATE"] = SettingText.Number(KellyWinRate);
        into["KELLY_PAYOFF_RATIO"] = SettingText.Number(KellyPayoffRatio);
        into["KELLY_FRACTION"] = SettingText.Number(KellyFraction);
        into["TARGET_VOL_PCT"] = SettingText.Number(TargetVolPct);
        into["TARGET_VOL_MAX_QUOTE"] = SettingText.Number(TargetVolMaxQuote);
    }
}
