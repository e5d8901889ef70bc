namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Thrown by composition roots when configuration is invalid. The message lists every problem, one per
/// line; hosts print it and exit with <see cref="ExitCode"/>.
/// </summary>
public sealed class SettingsValidationException : Exception
{
    /// <summary>The process exit code for invalid configuration.</summary>
    public const int ExitCode = 2;

    public SettingsValidationException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"Invalid configuration ({problems.Count} {noun}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => $"  - {p}"));
    }
}
