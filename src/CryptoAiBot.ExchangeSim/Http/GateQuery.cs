using System.Globalization;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Reads query parameters; the first unparsable one is kept as <see cref="Error"/> (INVALID_PARAM_VALUE).</summary>
internal sealed class GateQuery(IQueryCollection query)
{
    public GateError? Error { get; private set; }

    public string? Text(string name) => query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    public int? Int(string name)
    {
        var raw = Text(name);
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error ??= GateError.InvalidParam(name, raw);
        return null;
    }

    /// <summary>Unix seconds, integer or fractional, as Gate accepts them in from/to.</summary>
    public DateTimeOffset? Time(string name)
    {
        var raw = Text(name);
        if (raw is null)
        {
            return null;
        }

        if (decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_799m)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        }

        Error ??= GateError.InvalidParam(name, raw);
        return null;
    }

    public bool Flag(string name) => string.Equals(Text(name), "true", StringComparison.OrdinalIgnoreCase);

    public TimeRange Range() => new(Time("from"), Time("to"));
}
