namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>One Gate candlestick; <see cref="Closed"/> is false for the period still running.</summary>
internal readonly record struct CandleRow(
    DateTimeOffset Start, decimal QuoteVolume, decimal Close, decimal High, decimal Low, decimal Open, decimal BaseVolume, bool Closed);
