namespace CryptoAiBot.Domain.Sizing;

/// <summary>What a <see cref="IPositionSizer"/> knows when sizing one long entry.</summary>
/// <param name="AvailableQuote">Free quote balance (e.g. USDT); the amount never exceeds it (spot, no leverage).</param>
/// <param name="Equity">Account value in quote currency: free quote plus positions at market.</param>
/// <param name="Price">The expected entry price (the ask), in quote per base.</param>
/// <param name="Atr">ATR of the trading timeframe in price units; <see cref="double.NaN"/> while it warms up.</param>
/// <param name="MaxPositionBase">Base quantity the position may still grow by (the max-position risk limit minus what is held); 0 = no cap.</param>
/// <param name="MinQuote">Smallest amount worth sending (the instrument's minimum notional); below it the sizer returns 0.</param>
public readonly record struct SizingContext(
    decimal AvailableQuote,
    decimal Equity,
    decimal Price,
    double Atr,
    decimal MaxPositionBase,
    decimal MinQuote);
