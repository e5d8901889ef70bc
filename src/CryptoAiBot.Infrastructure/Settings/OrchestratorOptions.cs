namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Periods of the orchestrator's loops, the settlement timeout and the dead man's switch: *_INTERVAL_SEC, SETTLEMENT_TIMEOUT_SEC, DMS_ENABLED, DMS_TIMEOUT_MS, DMS_SELL.
/// All periods must be > 0.
/// </summary>
public sealed class OrchestratorOptions
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>How often strategies are evaluated (EVAL_INTERVAL_SEC).</summary>
    public TimeSpan EvalInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often stop-loss and trailing exits are checked (EXITS_INTERVAL_SEC).</summary>
    public TimeSpan ExitsInterval { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan WatchdogInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often open orders are polled until settled (SETTLEMENT_INTERVAL_SEC).</summary>
    public TimeSpan SettlementInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an order may stay open or partially filled before settlement cancels its remainder and re-places it
    /// once as a follow-up order (SETTLEMENT_TIMEOUT_SEC).
    /// </summary>
    public TimeSpan SettlementTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Silence of the loops after which the dead man's switch stops trading (DMS_TIMEOUT_MS).</summary>
    public TimeSpan DmsTimeout { get; init; } = TimeSpan.FromMilliseconds(120000);

    /// <summary>Run the dead man's switch (DMS_ENABLED).</summary>
    public bool DmsEnabled { get; init; } = true;

    /// <summary>When the switch trips, sell the position at market (DMS_SELL); otherwise only pause trading.</summary>
    public bool DmsSell { get; init; } = true;

    internal static OrchestratorOptions Read(VariableReader r)
    {
        var d = new OrchestratorOptions();
        return new OrchestratorOptions
        {
            DmsEnabled = r.Bool("DMS_ENABLED", d.DmsEnabled),
            DmsSell = r.Bool("DMS_SELL", d.DmsSell),
            EvalInterval = r.Duration("EVAL_INTERVAL_SEC", d.EvalInterval, Second),
            ExitsInterval = r.Duration("EXITS_INTERVAL_SEC", d.ExitsInterval, Second),
            ReconcileInterval = r.Duration("RECONCILE_INTERVAL_SEC", d.ReconcileInterval, Second),
            WatchdogInterval = r.Duration("WATCHDOG_INTERVAL_SEC", d.WatchdogInterval, Second),
            SettlementInterval = r.Duration("SETTLEMENT_INTERVAL_SEC", d.SettlementInterval, Second),
            SettlementTimeout = r.Duration("SETTLEMENT_TIMEOUT_SEC", d.SettlementTimeout, Second),
            DmsTimeout = r.Duration("DMS_TIMEOUT_MS", d.DmsTimeout, TimeSpan.FromMilliseconds(1)),
        };
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["EVAL_INTERVAL_SEC"] = SettingText.Seconds(EvalInterval);
        into["EXITS_INTERVAL_SEC"] = SettingText.Seconds(ExitsInterval);
        into["RECONCILE_INTERVAL_SEC"] = SettingText.Seconds(ReconcileInterval);
        into["WATCHDOG_INTERVAL_SEC"] = SettingText.Seconds(WatchdogInterval);
        into["SETTLEMENT_INTERVAL_SEC"] = SettingText.Seconds(SettlementInterval);
        into["SETTLEMENT_TIMEOUT_SEC"] = SettingText.Seconds(SettlementTimeout);
        into["DMS_TIMEOUT_MS"] = SettingText.Milliseconds(DmsTimeout);
        into["DMS_ENABLED"] = SettingText.Flag(DmsEnabled);
        into["DMS_SELL"] = SettingText.Flag(DmsSell);
    }
}
