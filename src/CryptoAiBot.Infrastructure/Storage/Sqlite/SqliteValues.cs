using System.Globalization;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.Sqlite;

/// <summary>
/// Conversions between domain values and column values. Decimals are TEXT in the invariant culture:
/// <see cref="decimal.ToString(IFormatProvider)"/> keeps every digit and the scale, and parsing it back
/// gives the identical value, which a REAL column would not.
/// </summary>
internal static class SqliteValues
{
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static long Ms(DateTimeOffset time) => UnixMilliseconds.From(time);

    public static long? Ms(DateTimeOffset? time) => time is { } value ? UnixMilliseconds.From(value) : null;

    public static DateTimeOffset Time(long milliseconds) => UnixMilliseconds.ToTime(milliseconds);

    public static DateTimeOffset? Time(long? milliseconds) => milliseconds is { } value ? UnixMilliseconds.ToTime(value) : null;

    public static Symbol Symbol(string text) => Domain.Markets.Symbol.Parse(text);

    public static OrderSide Side(string text) => Enum.Parse<OrderSide>(text);

    public static OrderStatus Status(string text) => Enum.Parse<OrderStatus>(text);

    public static OrderStatus? OptionalStatus(string? text) => text is null ? null : Enum.Parse<OrderStatus>(text);
}
