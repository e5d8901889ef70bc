using System.Globalization;

namespace CryptoAiBot.Infrastructure.Reporting;

/// <summary>
/// Number and time formats of the HTML report: invariant culture and fixed patterns only, so the same
/// report renders the same bytes on every machine.
/// </summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal value) => value.ToString("#,0.00", Invariant);

    public static string Price(decimal value) => value.ToString("#,0.########", Invariant);

    public static string Quantity(decimal value) => value.ToString("0.########", Invariant);

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.00", Invariant) + "%";

    public static string Percent(double fraction) => Finite(fraction * 100d, "0.00") + "%";

    public static string Ratio(double value) => Finite(value, "0.00");

    public static string Count(long value) => value.ToString("#,0", Invariant);

    public static string Number(decimal value) => value.ToString(Invariant);

    public static string Time(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd HH:mm", Invariant);

    public static string Date(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd", Invariant);

    /// <summary>An SVG coordinate: one decimal is finer than a pixel.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", Invariant);

    private static string Finite(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, Invariant) : "n/a";
}
