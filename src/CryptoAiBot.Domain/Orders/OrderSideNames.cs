namespace CryptoAiBot.Domain.Orders;

/// <summary>The lower-case spelling of a side used in keys and event payloads (<c>buy</c>, <c>sell</c>).</summary>
public static class OrderSideNames
{
    /// <summary>Same text as <c>side.ToString().ToLowerInvariant()</c>, without allocating it for every order.</summary>
    public static string Lowercase(this OrderSide side) => side switch
    {
        OrderSide.Buy => "buy",
        OrderSide.Sell => "sell",
        _ => side.ToString().ToLowerInvariant(),
    };
}
