using System.CommandLine;
using System.Globalization;

namespace CryptoAiBot.Cli.Arguments;

/// <summary>
/// Reads the options of one command invocation and collects every usage problem (stray argument,
/// missing value, value that does not parse), so that one run lists all of them and exits 2. Options
/// are plain strings parsed here because System.CommandLine's own conversion errors exit 1, the code
/// the commands keep for bad data.
/// </summary>
internal abstract class CommandArguments(ParseResult parse)
{
    private readonly List<string> _problems = [.. parse.UnmatchedTokens.Select(t => $"unexpected argument '{t}'")];

    public bool IsValid => _problems.Count == 0;

    protected ParseResult Parse => parse;

    protected IReadOnlyList<string> AllProblems => _problems;

    /// <summary>A string option whose value may be left out, so a missing value is reported here rather than by the parser.</summary>
    public static Option<string?> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    public bool Given(Option option) => parse.GetResult(option) is not null;

    public string? Optional(Option<string?> option)
    {
        var value = parse.GetValue(option);
        if (string.IsNullOrWhiteSpace(value) && Given(option))
        {
            _problems.Add($"{option.Name} needs a value");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>An ISO-8601 time; without an offset it is taken as UTC (<c>2021-04-02</c>, <c>2021-04-02T10:00:00Z</c>).</summary>
    public DateTimeOffset? Time(Option<string?> option)
    {
        var text = Optional(option);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        _problems.Add($"{option.Name}: '{text}' is not an ISO-8601 UTC time such as 2021-04-02 or 2021-04-02T10:00:00Z");
        return null;
    }

    public void Problem(string problem) => _problems.Add(problem);

    public void Problems(IEnumerable<string> problems) => _problems.AddRange(problems);
}
