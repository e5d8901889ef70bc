using CryptoAiBot.Domain.Sizing;

namespace CryptoAiBot.Domain.Tests.Sizing;

/// <summary>A roomy context, BTC at 50,000: 20,000 USDT free, 10,000 equity, ATR 500 (1 %), no position cap, 5 USDT minimum.</summary>
internal static class SizingContexts
{
    public static readonly SizingContext Roomy = new(
        AvailableQuote: 20_000m, Equity: 10_000m, Price: 50_000m, Atr: 500d, MaxPositionBase: 0m, MinQuote: 5m);
}
