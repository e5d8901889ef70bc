using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Domain.Risk;

/// <summary>An order already placed, as the frequency, turnover and cooldown rules need it.</summary>
/// <param name="Symbol">The pair the order was placed on.</param>
/// <param name="Side">Buy or sell; both count towards frequency and turnover.</param>
/// <param name="Time">When the order was placed.</param>
/// <param name="QuoteNotional">
/// Notional in the quote asset, positive. Turnover limits add these across symbols, so they assume one
/// quote asset for the account (the caller converts otherwise).
/// </param>
public readonly record struct RecentOrder(
    Symbol Symbol,
    OrderSide Side,
    DateTimeOffset Time,
    decimal QuoteNotional);
