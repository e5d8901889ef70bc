using System.Globalization;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>Numbers in violation reasons: invariant culture, no trailing zeros.</summary>
internal static class ReasonFormat
{
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture) + "%";

    public static string Seconds(TimeSpan value) =>
        value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
}
