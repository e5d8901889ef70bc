namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>One price level of the simulated book; <see cref="Amount"/> shrinks as takers consume it.</summary>
internal sealed class BookLevel(decimal price, decimal amount)
{
    public decimal Price { get; } = price;

    public decimal Amount { get; set; } = amount;
}
