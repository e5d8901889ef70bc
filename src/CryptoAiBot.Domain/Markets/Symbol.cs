using System.Diagnostics.CodeAnalysis;

namespace CryptoAiBot.Domain.Markets;

/// <summary>
/// A spot trading pair in canonical form <c>BASE/QUOTE</c>, upper case. Every spelling users and
/// exchanges produce (<c>btc_usdt</c>, <c>BTC-USDT</c>, <c>btc/usdt</c>) normalizes to the same value,
/// so a symbol is compared, stored and used as a key only in this form.
/// </summary>
public readonly record struct Symbol
{
    private static readonly char[] Separators = ['/', '_', '-', ':'];

    private Symbol(string baseAsset, string quoteAsset)
    {
        Base = baseAsset;
        Quote = quoteAsset;
    }

    /// <summary>The asset bought and sold, e.g. <c>BTC</c>.</summary>
    public string Base { get; }

    /// <summary>The asset prices and amounts are quoted in, e.g. <c>USDT</c>.</summary>
    public string Quote { get; }

    /// <summary>Gate.io's spelling, <c>BTC_USDT</c>.</summary>
    public string ExchangeCode => $"{Base}_{Quote}";

    public override string ToString() => $"{Base}/{Quote}";

    /// <summary>Parses any supported spelling; throws <see cref="FormatException"/> on anything else.</summary>
    public static Symbol Parse(string value) =>
        TryParse(value, out var symbol)
            ? symbol
            : throw new FormatException($"'{value}' is not a trading pair; expected BASE/QUOTE such as BTC/USDT.");

    public static bool TryParse([NotNullWhen(true)] string? value, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var parts = value.Trim().Split(Separators);
        if (parts.Length != 2 || !IsAssetCode(parts[0]) || !IsAssetCode(parts[1]))
        {
            return false;
        }

        symbol = new Symbol(parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
        return true;
    }

    private static bool IsAssetCode(string code) =>
        code.Length is > 0 and <= 20 && code.All(char.IsAsciiLetterOrDigit);
}
