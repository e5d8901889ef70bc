namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// The candle file format shared by import, export, resampling and backtests: UTF-8 text, the header
/// <see cref="Header"/>, then one row per candle, oldest first, strictly increasing open times:
/// <c>timestamp_ms</c> is the candle's open time in Unix milliseconds (UTC), numbers use '.' as the
/// decimal point, lines end with '\n' ('\r\n' is accepted on input).
/// </summary>
public static class CandleCsvFormat
{
    /// <summary>The first line of every candle file.</summary>
    public const string Header = "timestamp_ms,open,high,low,close,volume";

    /// <summary>Columns per row.</summary>
    public const int ColumnCount = 6;

    /// <summary>The largest open time a row may carry: 9999-12-31T23:59:59.999Z.</summary>
    public const long MaxTimestampMs = 253_402_300_799_999;
}
