using System.Globalization;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Decimals as Gate wants them in requests: invariant strings, no exponent, no trailing zeros (<c>0.1</c>, <c>50</c>).</summary>
internal static class GateNumber
{
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static long UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds();
}
