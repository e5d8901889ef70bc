namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>A market's <c>trade_status</c>; a value Gate adds later reads as <see cref="Untradable"/>, which refuses orders.</summary>
public enum GateTradeStatus
{
    Untradable = 0,
    Buyable,
    Sellable,
    Tradable,
}
