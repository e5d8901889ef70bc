namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// Escaping for Telegram's HTML parse mode, which knows only <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c> and
/// <c>&amp;quot;</c>: any other entity or a stray <c>&lt;</c> makes Telegram reject the whole message.
/// </summary>
public static class HtmlText
{
    /// <summary>Telegram refuses texts longer than 4096 characters; ours are cut well before, with a marker.</summary>
    public const int MaxLength = 3800;

    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text)
            ? ""
            : text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Cuts an already escaped text at a line end below <see cref="MaxLength"/> so no tag or entity is split.</summary>
    public static string Fit(string html)
    {
        if (html.Length <= MaxLength)
        {
            return html;
        }

        var cut = html.LastIndexOf('\n', MaxLength);
        return html[..(cut > 0 ? cut : 0)] + "\n… (cut)";
    }
}
