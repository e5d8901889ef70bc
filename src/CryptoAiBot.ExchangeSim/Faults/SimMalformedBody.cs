namespace CryptoAiBot.ExchangeSim.Faults;

/// <summary>How a <see cref="SimFaultKind.Malformed"/> fault breaks a response body.</summary>
public enum SimMalformedBody
{
    /// <summary>The first half of the real JSON.</summary>
    Truncated,

    /// <summary>An HTML error page such as a proxy sends.</summary>
    Html,

    /// <summary>The real JSON with numeric strings turned into numbers and numbers and booleans into strings.</summary>
    WrongTypes,
}
