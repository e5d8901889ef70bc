namespace CryptoAiBot.Domain.Positions;

/// <summary>
/// Base quantity bought at once and what it cost in quote, buy fee included. FIFO accounting sells
/// the oldest lot first.
/// </summary>
public readonly record struct Lot(decimal Quantity, decimal Cost, DateTimeOffset OpenedAt)
{
    public decimal UnitCost => Quantity > 0 ? Cost / Quantity : 0m;
}
