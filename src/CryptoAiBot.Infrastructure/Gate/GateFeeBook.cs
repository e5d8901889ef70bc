namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Fee currencies that are not a market's base or quote, and summing fees per currency.</summary>
internal static class GateFeeBook
{
    public const string Gt = "GT";

    /// <summary>Gate points (a prepaid fee balance); kept as their own currency, never valued as quote.</summary>
    public const string Point = "POINT";

    public static void Add(Dictionary<string, decimal> fees, string currency, decimal amount)
    {
        if (amount == 0m)
        {
            return;
        }

        var total = fees.GetValueOrDefault(currency) + amount;
        if (total == 0m)
        {
            fees.Remove(currency);
        }
        else
        {
            fees[currency] = total;
        }
    }
}
