using System.Diagnostics.CodeAnalysis;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>The outcome of loading configuration: valid settings, or every problem found. Warnings never block a start.</summary>
public sealed class SettingsLoadResult
{
    private SettingsLoadResult(BotSettings? settings, IReadOnlyList<string> problems, IReadOnlyList<string> warnings)
    {
        Settings = settings;
        Problems = problems;
        Warnings = warnings;
    }

    /// <summary>The settings when <see cref="IsValid"/>; null otherwise, so no half-valid configuration can start.</summary>
    public BotSettings? Settings { get; }

    /// <summary>Every problem, one sentence each, naming the variable and never a secret value.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Things worth telling the operator that do not stop the start (an ignored variable, an unknown name in .env).</summary>
    public IReadOnlyList<string> Warnings { get; }

    [MemberNotNullWhen(true, nameof(Settings))]
    public bool IsValid => Settings is not null;

    /// <summary>The settings, or a <see cref="SettingsValidationException"/> listing every problem.</summary>
    public BotSettings GetOrThrow() => Settings ?? throw new SettingsValidationException(Problems);

    internal static SettingsLoadResult Valid(BotSettings settings, IReadOnlyList<string> warnings) =>
        new(settings, [], warnings);

    internal static SettingsLoadResult Invalid(IReadOnlyList<string> problems, IReadOnlyList<string> warnings) =>
        new(null, problems, warnings);
}
