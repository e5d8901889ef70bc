namespace CryptoAiBot.Domain.Markets;

/// <summary>Best bid and ask at a moment; <see cref="Last"/> is the last traded price.</summary>
public readonly record struct Ticker(Symbol Symbol, decimal Bid, decimal Ask, decimal Last, DateTimeOffset Time)
{
    public decimal Mid => (Bid + Ask) / 2m;

    /// <summary>Spread in percent of the mid price; 0 when there is no valid quote.</summary>
    public decimal SpreadPct => Bid > 0 && Ask >= Bid ? (Ask - Bid) / Mid * 100m : 0m;
}
