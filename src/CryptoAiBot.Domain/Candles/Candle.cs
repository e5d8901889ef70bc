namespace CryptoAiBot.Domain.Candles;

/// <summary>One OHLCV bar; <see cref="OpenTime"/> is the start of its period (UTC).</summary>
public readonly record struct Candle(
    DateTimeOffset OpenTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume);
