namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>Where a pair's price goes next: a seeded random walk or a candle file replayed.</summary>
internal interface IPricePath
{
    /// <summary>The last price when the simulator starts.</summary>
    decimal StartPrice { get; }

    /// <summary>Prints before <paramref name="start"/>, oldest first, so candles have history from the first request.</summary>
    IReadOnlyList<PricePoint> History(DateTimeOffset start);

    /// <summary>The next price step from <paramref name="last"/> and the base volume traded on it.</summary>
    (decimal Price, decimal Volume) Next(decimal last);
}
