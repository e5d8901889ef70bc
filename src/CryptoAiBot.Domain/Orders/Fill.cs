using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Orders;

/// <summary>
/// One execution of an order. Fills are the only truth for positions and balances. The fee is charged
/// in <see cref="FeeAsset"/>, which may be the quote, the base coin (reducing what a buy credits) or a
/// third asset such as GT or POINT.
/// </summary>
public sealed record Fill(
    TradeId TradeId,
    ClientOrderId ClientOrderId,
    Symbol Symbol,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal Fee,
    string FeeAsset,
    DateTimeOffset Time)
{
    /// <summary>Price times quantity, in quote, before fees.</summary>
    public decimal Notional => Price * Quantity;
}
