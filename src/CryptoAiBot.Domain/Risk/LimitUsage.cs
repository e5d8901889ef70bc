namespace CryptoAiBot.Domain.Risk;

/// <summary>How much of one risk limit is used: <see cref="Used"/> of <see cref="Limit"/>, in the limit's own unit.</summary>
/// <param name="Rule">The rule's name, as in <c>risk_blocked_total{rule=...}</c>.</param>
/// <param name="Used">What counts against the limit now (orders, quote turnover, realized loss, drawdown percent).</param>
/// <param name="Limit">The configured limit, always positive (a disabled limit has no usage).</param>
public readonly record struct LimitUsage(string Rule, decimal Used, decimal Limit)
{
    /// <summary>Used over limit: 1 means the next buy is denied (for a turnover limit, even a smaller buy may be).</summary>
    public double Ratio => (double)(Used / Limit);
}
