namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// How the exchange client behaves on the wire (HTTP_TIMEOUT, BROKER_RATE_RPS, BROKER_RATE_BURST) and how the
/// protective stop resting on the exchange follows the bot's stops in live trading (EXCHANGE_STOPS,
/// EXCHANGE_STOP_REPLACE_SEC, EXCHANGE_STOP_STEP_PCT).
/// </summary>
public sealed class BrokerOptions
{
    /// <summary>Timeout of one outbound HTTP request (HTTP_TIMEOUT, seconds).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Sustained exchange requests per second (token bucket refill).</summary>
    public decimal RateRps { get; init; } = 8m;

    /// <summary>Requests that may be sent at once before the rate applies (token bucket size).</summary>
    public int RateBurst { get; init; } = 16;

    /// <summary>Keep a price-triggered stop on the exchange for each live position (EXCHANGE_STOPS).</summary>
    public bool ExchangeStops { get; init; } = true;

    /// <summary>Least time between two moves of the exchange stop (EXCHANGE_STOP_REPLACE_SEC).</summary>
    public TimeSpan ExchangeStopReplace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Least rise of the trigger, in percent, worth a move (EXCHANGE_STOP_STEP_PCT).</summary>
    public decimal ExchangeStopStepPct { get; init; } = 0.1m;

    /// <summary>
    /// How long a just-placed order may not show in lookups before "not found" means it never arrived
    /// (EXCHANGE_ORDER_VISIBILITY_SEC). Gate.io needs up to about 10 s; below that only against a simulator (SANDBOX=1).
    /// </summary>
    public TimeSpan NewOrderVisibility { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long Gate.io may not show a new order (facts.md §3.8).</summary>
    private static readonly TimeSpan GateOrderInvisibility = TimeSpan.FromSeconds(10);

    internal static BrokerOptions Read(VariableReader r, TradingOptions trading)
    {
        var d = new BrokerOptions();
        var options = new BrokerOptions
        {
            HttpTimeout = r.Duration("HTTP_TIMEOUT", d.HttpTimeout, TimeSpan.FromSeconds(1)),
            RateRps = r.Decimal("BROKER_RATE_RPS", d.RateRps),
            RateBurst = r.Int("BROKER_RATE_BURST", d.RateBurst),
            ExchangeStops = r.Bool("EXCHANGE_STOPS", d.ExchangeStops),
            ExchangeStopReplace = r.Duration("EXCHANGE_STOP_REPLACE_SEC", d.ExchangeStopReplace, TimeSpan.FromSeconds(1), allowZero: true),
            ExchangeStopStepPct = RiskOptions.Limit(r, "EXCHANGE_STOP_STEP_PCT", d.ExchangeStopStepPct),
            NewOrderVisibility = r.Duration("EXCHANGE_ORDER_VISIBILITY_SEC", d.NewOrderVisibility, TimeSpan.FromSeconds(1), allowZero: true),
        };

        if (options.NewOrderVisibility < GateOrderInvisibility && trading.IsLive && !trading.Sandbox)
        {
            r.Problem($"EXCHANGE_ORDER_VISIBILITY_SEC must be at least {SettingText.Seconds(GateOrderInvisibility)} against Gate.io, which may not show a " +
                $"new order for that long (an order would be taken for never placed); got {SettingText.Seconds(options.NewOrderVisibility)}. Lower only with SANDBOX=1");
        }

        r.Positive("BROKER_RATE_RPS", options.RateRps);
        r.Positive("BROKER_RATE_BURST", options.RateBurst);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["HTTP_TIMEOUT"] = SettingText.Seconds(HttpTimeout);
        into["BROKER_RATE_RPS"] = SettingText.Number(RateRps);
        into["BROKER_RATE_BURST"] = SettingText.Number(RateBurst);
        into["EXCHANGE_STOPS"] = SettingText.Flag(ExchangeStops);
        into["EXCHANGE_STOP_REPLACE_SEC"] = SettingText.Seconds(ExchangeStopReplace);
        into["EXCHANGE_STOP_STEP_PCT"] = SettingText.Number(ExchangeStopStepPct);
        into["EXCHANGE_ORDER_VISIBILITY_SEC"] = SettingText.Seconds(NewOrderVisibility);
    }
}
