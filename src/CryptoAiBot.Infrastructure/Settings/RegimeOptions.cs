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

    /// <summary>Window before and after an FOMC decision in which the regime is risk-off (REGIME_FOMC_BLOCK_HOURS); 0 = FOMC not watched.</summary>
    public TimeSpan FomcBlock { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How often the sources are read (REGIME_REFRESH_SEC).</summary>
    public TimeSpan Refresh { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A series whose newest value is older than this is stale and makes the regime unknown (REGIME_MAX_DATA_AGE_HOURS).</summary>
    public TimeSpan MaxDataAge { get; init; } = TimeSpan.FromHours(96);

    public string DxyUrl { get; init; } = "";

    public string BtcDomUrl { get; init; } = "";

    public string FomcUrl { get; init; } = "";

    public bool WatchDxy => DxyUrl.Length > 0 && DxyLimitPct > 0m;

    public bool WatchBtcDominance => BtcDomUrl.Length > 0 && BtcDomLimitPct > 0m;

    public bool WatchFomc => FomcUrl.Length > 0 && FomcBlock > TimeSpan.Zero;

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
            Refresh = r.Duration("REGIME_REFRESH_SEC", d.Refresh, TimeSpan.FromSeconds(1)),
            MaxDataAge = r.Duration("REGIME_MAX_DATA_AGE_HOURS", d.MaxDataAge, TimeSpan.FromHours(1)),
        };

        r.Between("REGIME_WEIGHT_MULT_RISK_OFF", options.WeightMultRiskOff, 0m, 1m);
        if (options.Enabled && !options.WatchDxy && !options.WatchBtcDominance && !options.WatchFomc)
        {
            // Refused rather than ignored: a trader who turns the filter on must not believe it guards entries while it watches nothing.
            r.Problem("REGIME_ENABLED=1 watches nothing: set at least one of REGIME_DXY_URL (with REGIME_DXY_LIMIT_PCT > 0), " +
                "REGIME_BTC_DOM_URL (with REGIME_BTC_DOM_LIMIT_PCT > 0) or REGIME_FOMC_URL (with REGIME_FOMC_BLOCK_HOURS > 0)");
        }

        if (options.Enabled && !options.BlockBuy && options.WeightMultRiskOff == 0m)
        {
            r.Problem("REGIME_WEIGHT_MULT_RISK_OFF=0 with REGIME_BLOCK_BUY=0 would size every risk-off buy at nothing; set REGIME_BLOCK_BUY=1 to block them");
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
        into["REGIME_REFRESH_SEC"] = SettingText.Seconds(Refresh);
        into["REGIME_MAX_DATA_AGE_HOURS"] = SettingText.Hours(MaxDataAge);
    }
}
