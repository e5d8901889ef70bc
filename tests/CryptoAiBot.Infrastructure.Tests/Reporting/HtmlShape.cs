using System.Text.RegularExpressions;

namespace CryptoAiBot.Infrastructure.Tests.Reporting;

/// <summary>
/// Just enough HTML structure for the report's tests: every opened element is closed in order (void and
/// self-closed elements excepted), plus counts of elements within an element.
/// </summary>
internal static partial class HtmlShape
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "link", "input" };

    /// <summary>The first unbalanced tag, or null when every element closes in the order it was opened.</summary>
    public static string? FirstImbalance(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var (closing, name, selfClosed) = (tag.Groups[1].Value == "/", tag.Groups[2].Value.ToLowerInvariant(), tag.Groups[3].Value == "/");
            if (selfClosed || (!closing && Void.Contains(name)))
            {
                continue;
            }

            if (!closing)
            {
                open.Push(name);
            }
            else if (open.Count == 0 || open.Pop() != name)
            {
                return $"</{name}> at {tag.Index}";
            }
        }

        return open.Count == 0 ? null : $"<{open.Peek()}> never closed";
    }

    /// <summary>How often <paramref name="tag"/> is opened in the whole document.</summary>
    public static int Count(string html, string tag) => Regex.Count(html, $"<{tag}[ >/]");

    /// <summary>The text from the start of the element with <paramref name="cssClass"/> to its end.</summary>
    public static string Element(string html, string tag, string cssClass)
    {
        var start = html.IndexOf($"<{tag} class=\"{cssClass}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no <{tag} class=\"{cssClass}\">");
        var end = html.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
        return html[start..(end + tag.Length + 3)];
    }

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>")]
    private static partial Regex Tag();
}
