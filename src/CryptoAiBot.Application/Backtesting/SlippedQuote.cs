using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>A quote around one price with symmetric slippage: a buy pays <c>p × (1 + bps/10,000)</c>, a sell gets <c>p × (1 − bps/10,000)</c>.</summary>
public static class SlippedQuote
{
    public static Ticker At(Symbol symbol, decimal price, decimal slippageBps, DateTimeOffset time)
    {
        var slip = price * slippageBps / 10_000m;
        return new Ticker(symbol, price - slip, price + slip, price, time);
    }
}
