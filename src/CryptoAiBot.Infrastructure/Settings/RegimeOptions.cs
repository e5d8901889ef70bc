namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// The macro regime filter (REGIME_*): in a risk-off regime (strong dollar, rising BTC dominance, an FOMC
/// decision close) buys are blocked or their weight is cut.
/// </summary>
public sealed class RegimeOptions
{
    public bool Enabled { get; init; }

    /// <summary>Deny buys in a risk-off regime (REGIME_BLOCK_BUY); otherwise only scale them by <see cref="WeightMultRiskOff"/>.</summary>
    public bool BlockBuy { get; init; } = true;

    /// <summary>Multiplier applied to a buy's weight in a risk-off regime, 0..1.</summary>
    public decimal WeightMultRiskOff { get; init; } = 0.5m;

    /// <summary>Daily DXY change, in percent, above which the dollar counts as risk-off.</summary>
    public decimal DxyLimitPct { get; init; } = 0.35m;

    /// <summary>Daily change of BTC dominance, in percent, above which alts count as risk-off.</summary>
    public decimal BtcDomLimitPct { get; init; } = 0.60m;

    /// <summary>Window before an FOMC decision in which the regime is risk-off (REGIME_FOMC_BLOCK_HOURS).</summary>
    public TimeSpan FomcBlock { get; init; } = TimeSpan.FromHours(8);

    public string DxyUrl { get; init; } = "";

    public string BtcDomUrl { get; init; } = "";

    public string FomcUrl { get; init; } = "";

    internal static RegimeOptions Read(VariableReader r)
    {
        var d = new RegimeOptions();
        var options = new RegimeOptions
        {
            Enabled = r.Bool("REGIME_ENABLED", d.Enabled),
            BlockBuy = r.Bool("REGIME_BLOCK_BUY", d.BlockBuy),
            WeightMultRiskOff = r.Decimal("REGIME_WEIGHT_MULT_RISK_OFF", d.WeightMultRiskOff),
            DxyLimitPct = RiskOptions.Limit(r, "REGIME_DXY_LIMIT_PCT", d.DxyLimitPct),
            BtcDomLimitPct = RiskOptions.Limit(r, "REGIME_BTC_DOM_LIMIT_PCT", d.BtcDomLimitPct),
            FomcBlock = r.Duration("REGIME_FOMC_BLOCK_HOURS", d.FomcBlock, TimeSpan.FromHours(1), allowZero: true),
            DxyUrl = r.Url("REGIME_DXY_URL"),
            BtcDomUrl = r.Url("REGIME_BTC_DOM_URL"),
            FomcUrl = r.Url("REGIME_FOMC_URL"),
        };

        r.Between("REGIME_WEIGHT_MULT_RISK_OFF", options.WeightMultRiskOff, 0m, 1m);
        if (options.Enabled)
        {
            // Refused rather than ignored: a trader who turns the gate on must not believe it guards entries.
            r.Problem("REGIME_ENABLED=1: the macro regime filter (DXY, BTC dominance and FOMC sources) is not part of this " +
                "version, so it cannot guard entries; set REGIME_ENABLED=0");
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["REGIME_ENABLED"] = SettingText.Flag(Enabled);
        into["REGIME_BLOCK_BUY"] = SettingText.Flag(BlockBuy);
        into["REGIME_WEIGHT_MULT_RISK_OFF"] = SettingText.Number(WeightMultRiskOff);
        into["REGIME_DXY_LIMIT_PCT"] = SettingText.Number(DxyLimitPct);
        into["REGIME_BTC_DOM_LIMIT_PCT"] = SettingText.Number(BtcDomLimitPct);
        into["REGIME_FOMC_BLOCK_HOURS"] = SettingText.Hours(FomcBlock);
        into["REGIME_DXY_URL"] = DxyUrl;
        into["REGIME_BTC_DOM_URL"] = BtcDomUrl;
        into["REGIME_FOMC_URL"] = FomcUrl;
    }
}
