using System.Globalization;

namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// Decimal parsing for candle files. Almost every number in them is plain digits with an optional
/// decimal point (<c>58720.45</c>, <c>61.685675</c>); those are parsed here directly into the decimal's
/// mantissa and scale, several times faster than the general parser. Anything else (sign, exponent,
/// whitespace, more than 19 digits) goes to <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/>.
/// Both paths give the identical value <em>and scale</em> (<c>1.50</c> stays <c>1.50</c>), which keeps
/// a read-then-write round trip byte-identical.
/// </summary>
internal static class CandleCsvNumbers
{
    private const int MaxFastDigits = 19; // 10^19 - 1 fits in a ulong.

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        TryParsePlain(text, out value) || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Digits, optionally one '.' with at least one digit on each side; false for anything else.</summary>
    internal static bool TryParsePlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        ulong mantissa = 0;
        var digits = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                if (++digits > MaxFastDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
            }
            else if (text[i] == '.' && point < 0 && digits > 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        if (digits == 0 || (point >= 0 && scale == 0))
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)scale);
        return true;
    }
}
