using System.Globalization;
using System.Text;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A query string in the order parameters are added, each name and value escaped once. Its text is what is both
/// signed and sent (Gate signs the raw query exactly as it appears in the URL).
/// </summary>
internal sealed class GateQuery
{
    private readonly StringBuilder _text = new();

    public static GateQuery Empty => new();

    public GateQuery Add(string name, string value)
    {
        if (_text.Length > 0)
        {
            _text.Append('&');
        }

        _text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public GateQuery Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public GateQuery AddIf(string name, long? value) => value is { } v ? Add(name, v) : this;

    public GateQuery AddIf(string name, string? value) => value is not null ? Add(name, value) : this;

    public override string ToString() => _text.ToString();
}
