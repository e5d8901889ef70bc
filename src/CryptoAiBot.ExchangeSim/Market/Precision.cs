namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>Gate's precisions are counts of decimal places; these helpers keep every amount an exact decimal.</summary>
internal static class Precision
{
    /// <summary>Decimal places <paramref name="value"/> really uses (trailing zeros do not count: "5.0" has 0).</summary>
    public static int Places(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    public static decimal Floor(decimal value, int places) => Math.Round(value, places, MidpointRounding.ToZero);

    public static decimal Ceiling(decimal value, int places) => Math.Round(value, places, MidpointRounding.ToPositiveInfinity);

    public static decimal Tick(int places) => 1m / Pow10(places);

    /// <summary>The same value without trailing zeros, so "60000.0" and "60000" print alike.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static decimal Pow10(int places)
    {
        var result = 1m;
        for (var i = 0; i < places; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
