using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Fee currencies that are not a market's base or quote, and summing fees per currency.</summary>
internal static class GateFeeBook
{
    public const string Gt = "GT";

    /// <summary>Gate points (a prepaid fee balance); kept as their own currency, never valued as quote.</summary>
    public const string Point = "POINT";

    /// <summary>The currency a fee is charged in: as Gate reports it, else the received asset (base on a buy, quote on a sell).</summary>
    public static string Received(Symbol symbol, OrderSide side, string? reported) =>
        reported ?? (side == OrderSide.Buy ? symbol.Base : symbol.Quote);

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
