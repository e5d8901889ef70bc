namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>One currency of a spot account; funds of open limit orders are <see cref="Locked"/>.</summary>
internal sealed class Balance
{
    public decimal Available { get; set; }

    public decimal Locked { get; set; }
}
