namespace CryptoAiBot.Domain.Exits;

/// <summary>
/// The stop arithmetic shared by the persisted <see cref="ProtectiveExit"/> and the per-candle decider:
/// a hard stop <c>stopLossPct</c> below entry and a trailing stop <c>trailingPct</c> below the highest
/// price since entry; 0 disables either. A price at or below a stop triggers it.
/// </summary>
public static class StopLevels
{
    public static decimal? StopPrice(decimal entryPrice, decimal stopLossPct) =>
        stopLossPct > 0 ? entryPrice * (1m - stopLossPct / 100m) : null;

    public static decimal? TrailingStopPrice(decimal highestPrice, decimal trailingPct) =>
        trailingPct > 0 ? highestPrice * (1m - trailingPct / 100m) : null;

    public static ExitReason Check(decimal price, decimal entryPrice, decimal highestPrice, decimal stopLossPct, decimal trailingPct)
    {
        if (price <= 0)
        {
            return ExitReason.None;
        }

        if (StopPrice(entryPrice, stopLossPct) is { } stop && price <= stop)
        {
            return ExitReason.StopLoss;
        }

        return TrailingStopPrice(highestPrice, trailingPct) is { } trail && price <= trail ? ExitReason.TrailingStop : ExitReason.None;
    }
}
