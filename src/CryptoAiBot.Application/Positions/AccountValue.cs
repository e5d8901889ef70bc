using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Positions;

/// <summary>
/// What the account holds for one market, from the broker's balances: the free quote and the equity at the bid.
/// The base counted is the larger of the exchange's balance and the recorded position, so a fill the exchange
/// has not reflected yet still counts. One definition for sizing and for the risk rules.
/// </summary>
public readonly record struct AccountValue(decimal FreeQuote, decimal Equity)
{
    public static AccountValue Of(IReadOnlyList<Balance> balances, Symbol symbol, decimal positionQuantity, decimal bid)
    {
        decimal freeQuote = 0m, totalQuote = 0m, totalBase = 0m;
        for (var i = 0; i < balances.Count; i++)
        {
            var balance = balances[i];
            if (balance.Asset == symbol.Quote)
            {
                freeQuote += balance.Free;
                totalQuote += balance.Total;
            }
            else if (balance.Asset == symbol.Base)
            {
                totalBase += balance.Total;
            }
        }

        return new AccountValue(freeQuote, totalQuote + (Math.Max(totalBase, positionQuantity) * bid));
    }
}
