using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// One row of <c>/spot/candlesticks</c>. The live API sends eight columns (time, quote volume, close, high, low, open,
/// base volume, closed); the documentation's example has seven, with the closed flag where the base volume should be,
/// so either of the last two can be missing (null).
/// </summary>
public sealed record GateCandle(
    DateTimeOffset OpenTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal? BaseVolume,
    decimal QuoteVolume,
    bool? IsClosed)
{
    /// <summary>The bot's candle (volume in base); null when Gate did not send the base volume, rather than a made-up number.</summary>
    public Candle? ToCandle() => BaseVolume is { } volume ? new Candle(OpenTime, Open, High, Low, Close, volume) : null;
}
