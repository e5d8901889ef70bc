using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A spot ticker from <c>/spot/tickers</c>. Gate sends no timestamp, so <see cref="Time"/> is the (server-corrected)
/// time the answer arrived. Bid or ask are null when that side of the book is empty.
/// </summary>
public sealed record GateTicker(
    Symbol Symbol,
    decimal Last,
    decimal? Bid,
    decimal? Ask,
    decimal? BidSize,
    decimal? AskSize,
    decimal? ChangePercentage,
    decimal? BaseVolume,
    decimal? QuoteVolume,
    decimal? High24h,
    decimal? Low24h,
    DateTimeOffset Time)
{
    /// <summary>The price 24 hours ago, derived as ccxt does: <c>last / (1 + change% / 100)</c>.</summary>
    public decimal? Open => ChangePercentage is { } pct && pct > -100m ? Last / (1m + (pct / 100m)) : null;

    /// <summary>The bot's ticker; a missing side reads as 0, which <see cref="Ticker.SpreadPct"/> treats as "no valid quote".</summary>
    public Ticker ToTicker() => new(Symbol, Bid ?? 0m, Ask ?? 0m, Last, Time);
}
