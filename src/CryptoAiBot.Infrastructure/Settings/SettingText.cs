using System.Globalization;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Formats resolved values back into the spelling their variable accepts, so the summary logged at start
/// can be pasted into a .env file and loads to the same settings.
/// </summary>
internal static class SettingText
{
    public static string Number(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "1" : "0";

    public static string Seconds(TimeSpan value) => Number((decimal)value.Ticks / TimeSpan.TicksPerSecond);

    public static string Milliseconds(TimeSpan value) => Number((decimal)value.Ticks / TimeSpan.TicksPerMillisecond);

    public static string Hours(TimeSpan value) => Number((decimal)value.Ticks / TimeSpan.TicksPerHour);

    public static string Name<T>(IReadOnlyList<(string Name, T Value)> options, T value)
        where T : struct, Enum =>
        options.First(o => EqualityComparer<T>.Default.Equals(o.Value, value)).Name;

    /// <summary>"0.9 (A=0.5, B=0.4)": the sum of some weights with each term, for a sum-to-one error.</summary>
    public static string Terms(decimal sum, IEnumerable<(string Name, decimal Value)> terms) =>
        $"{Number(sum)} ({string.Join(", ", terms.Select(t => $"{t.Name}={Number(t.Value)}"))})";
}
