namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Risk rules and exits: RISK_*. Percentages are in percent (2 means 2 %). Zero disables a limit, except
/// <see cref="StopLossPct"/> and <see cref="TrailingPct"/> where zero disables that exit.
/// </summary>
public sealed class RiskOptions
{
    /// <summary>Minimum time between two buys of the same symbol (RISK_COOLDOWN_SEC).</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromSeconds(60);

    public decimal MaxSpreadPct { get; init; } = 0.5m;

    /// <summary>Largest position held per symbol, in base units (RISK_MAX_POSITION_BASE).</summary>
    public decimal MaxPositionBase { get; init; }

    public int MaxOrdersPerHour { get; init; }

    /// <summary>Realized loss per UTC day, in quote, after which buys stop (RISK_DAILY_LOSS_LIMIT_QUOTE).</summary>
    public decimal DailyLossLimitQuote { get; init; }

    public int MaxOrders5m { get; init; }

    public decimal MaxTurnover5mQuote { get; init; }

    public decimal MaxFeePct { get; init; }

    public decimal MaxSlippagePct { get; init; }

    /// <summary>Consecutive losing trades after which buys stop (RISK_LOSS_STREAK_MAX).</summary>
    public int LossStreakMax { get; init; }

    public decimal MaxDrawdownPct { get; init; }

    /// <summary>Highest allowed return correlation between a new position and held ones, 0..1 (RISK_MAX_CORRELATION).</summary>
    public decimal MaxCorrelation { get; init; }

    public decimal StopLossPct { get; init; } = 2m;

    public decimal TrailingPct { get; init; } = 1m;

    internal static RiskOptions Read(VariableReader r)
    {
        var d = new RiskOptions();
        var options = new RiskOptions
        {
            Cooldown = r.Duration("RISK_COOLDOWN_SEC", d.Cooldown, TimeSpan.FromSeconds(1), allowZero: true),
            MaxSpreadPct = Percent(r, "RISK_MAX_SPREAD_PCT", d.MaxSpreadPct),
            MaxPositionBase = Limit(r, "RISK_MAX_POSITION_BASE", d.MaxPositionBase),
            MaxOrdersPerHour = Count(r, "RISK_MAX_ORDERS_PER_HOUR", d.MaxOrdersPerHour),
            DailyLossLimitQuote = Limit(r, "RISK_DAILY_LOSS_LIMIT_QUOTE", d.DailyLossLimitQuote),
            MaxOrders5m = Count(r, "RISK_MAX_ORDERS_5M", d.MaxOrders5m),
            MaxTurnover5mQuote = Limit(r, "RISK_MAX_TURNOVER_5M_QUOTE", d.MaxTurnover5mQuote),
            MaxFeePct = Percent(r, "RISK_MAX_FEE_PCT", d.MaxFeePct),
            MaxSlippagePct = Percent(r, "RISK_MAX_SLIPPAGE_PCT", d.MaxSlippagePct),
            LossStreakMax = Count(r, "RISK_LOSS_STREAK_MAX", d.LossStreakMax),
            MaxDrawdownPct = Percent(r, "RISK_MAX_DRAWDOWN_PCT", d.MaxDrawdownPct),
            MaxCorrelation = Limit(r, "RISK_MAX_CORRELATION", d.MaxCorrelation),
            StopLossPct = Percent(r, "RISK_STOP_LOSS_PCT", d.StopLossPct),
            TrailingPct = Percent(r, "RISK_TRAILING_PCT", d.TrailingPct),
        };

        if (options.MaxCorrelation > 1m)
        {
            r.Problem($"RISK_MAX_CORRELATION must be between 0 and 1; got {SettingText.Number(options.MaxCorrelation)}");
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["RISK_COOLDOWN_SEC"] = SettingText.Seconds(Cooldown);
        into["RISK_MAX_SPREAD_PCT"] = SettingText.Number(MaxSpreadPct);
        into["RISK_MAX_POSITION_BASE"] = SettingText.Number(MaxPositionBase);
        into["RISK_MAX_ORDERS_PER_HOUR"] = SettingText.Number(MaxOrdersPerHour);
        into["RISK_DAILY_LOSS_LIMIT_QUOTE"] = SettingText.Number(DailyLossLimitQuote);
        into["RISK_MAX_ORDERS_5M"] = SettingText.Number(MaxOrders5m);
        into["RISK_MAX_TURNOVER_5M_QUOTE"] = SettingText.Number(MaxTurnover5mQuote);
        into["RISK_MAX_FEE_PCT"] = SettingText.Number(MaxFeePct);
        into["RISK_MAX_SLIPPAGE_PCT"] = SettingText.Number(MaxSlippagePct);
        into["RISK_LOSS_STREAK_MAX"] = SettingText.Number(LossStreakMax);
        into["RISK_MAX_DRAWDOWN_PCT"] = SettingText.Number(MaxDrawdownPct);
        into["RISK_MAX_CORRELATION"] = SettingText.Number(MaxCorrelation);
        into["RISK_STOP_LOSS_PCT"] = SettingText.Number(StopLossPct);
        into["RISK_TRAILING_PCT"] = SettingText.Number(TrailingPct);
    }

    internal static decimal Limit(VariableReader r, string name, decimal fallback)
    {
        var value = r.Decimal(name, fallback);
        r.NotNegative(name, value);
        return value;
    }

    internal static int Count(VariableReader r, string name, int fallback)
    {
        var value = r.Int(name, fallback);
        r.NotNegative(name, value);
        return value;
    }

    private static decimal Percent(VariableReader r, string name, decimal fallback)
    {
        var value = r.Decimal(name, fallback);
        if (value < 0)
        {
            r.NotNegative(name, value);
        }
        else if (value > 100m)
        {
            r.Problem($"{name} must be at most 100 (it is a percentage); got {SettingText.Number(value)}");
        }

        return value;
    }
}
