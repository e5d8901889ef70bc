namespace CryptoAiBot.Domain.Positions;

/// <summary>What applying one fill did to a position.</summary>
/// <param name="Applied">False when the trade id had already been applied (the fill was ignored).</param>
/// <param name="RealizedPnl">FIFO profit of a sell, net of the fees on both sides; 0 for buys.</param>
/// <param name="ClosedRoundTrip">The round trip's total PnL when this fill brought the position to flat.</param>
/// <param name="UnmatchedQuantity">Sold quantity with no lot to match (a drift for reconciliation).</param>
public readonly record struct FillOutcome(bool Applied, decimal RealizedPnl, decimal? ClosedRoundTrip, decimal UnmatchedQuantity)
{
    public static FillOutcome Ignored => new(false, 0m, null, 0m);
}
