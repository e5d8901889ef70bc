namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>How the exchange client behaves on the wire: HTTP_TIMEOUT, BROKER_RATE_RPS, BROKER_RATE_BURST.</summary>
public sealed class BrokerOptions
{
    /// <summary>Timeout of one outbound HTTP request (HTTP_TIMEOUT, seconds).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Sustained exchange requests per second (token bucket refill).</summary>
    public decimal RateRps { get; init; } = 8m;

    /// <summary>Requests that may be sent at once before the rate applies (token bucket size).</summary>
    public int RateBurst { get; init; } = 16;

    internal static BrokerOptions Read(VariableReader r)
    {
        var d = new BrokerOptions();
        var options = new BrokerOptions
        {
            HttpTimeout = r.Duration("HTTP_TIMEOUT", d.HttpTimeout, TimeSpan.FromSeconds(1)),
            RateRps = r.Decimal("BROKER_RATE_RPS", d.RateRps),
            RateBurst = r.Int("BROKER_RATE_BURST", d.RateBurst),
        };

        r.Positive("BROKER_RATE_RPS", options.RateRps);
        r.Positive("BROKER_RATE_BURST", options.RateBurst);
        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["HTTP_TIMEOUT"] = SettingText.Seconds(HttpTimeout);
        into["BROKER_RATE_RPS"] = SettingText.Number(RateRps);
        into["BROKER_RATE_BURST"] = SettingText.Number(RateBurst);
    }
}
