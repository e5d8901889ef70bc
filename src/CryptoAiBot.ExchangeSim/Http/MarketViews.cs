using System.Text.Json.Serialization;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>JSON shapes of the public market endpoints, field for field as Gate sends them.</summary>
internal static class MarketViews
{
    public sealed record Time([property: JsonPropertyName("server_time")] long ServerTime);

    public sealed record Pair(
        string Id,
        string Base,
        string BaseName,
        string Quote,
        string QuoteName,
        decimal Fee,
        decimal MinBaseAmount,
        decimal MinQuoteAmount,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? MaxBaseAmount,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? MaxQuoteAmount,
        int AmountPrecision,
        int Precision,
        string TradeStatus,
        long SellStart,
        long BuyStart,
        long DelistingTime,
        string Type,
        string TradeUrl,
        bool StTag);

    public sealed record Ticker(
        string CurrencyPair,
        decimal Last,
        decimal LowestAsk,
        decimal? LowestSize,
        decimal HighestBid,
        decimal? HighestSize,
        decimal ChangePercentage,
        decimal ChangeUtc0,
        decimal ChangeUtc8,
        decimal BaseVolume,
        decimal QuoteVolume,
        [property: JsonPropertyName("high_24h")] decimal High24h,
        [property: JsonPropertyName("low_24h")] decimal Low24h);

    public sealed record Book(long? Id, long Current, long Update, IReadOnlyList<string[]> Asks, IReadOnlyList<string[]> Bids);
}
