using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class EnvExampleTests
{
    private static readonly string ExamplePath = Path.Combine(RepositoryPaths.Root, ".env.example");

    [Fact]
    public void Documents_every_variable_the_loader_reads_and_nothing_else()
    {
        var documented = DotNetEnv.Env.LoadContents(File.ReadAllText(ExamplePath), DotNetEnv.Env.NoEnvVars())
            .Select(p => p.Key)
            .ToList();

        Assert.Equal(documented.Count, documented.Distinct().Count());
        Assert.Empty(SettingsLoader.KnownVariables.Except(documented));
        Assert.Empty(documented.Except(SettingsLoader.KnownVariables));
    }

    [Fact]
    public void Every_variable_has_an_explanation_above_it()
    {
        var lines = File.ReadAllLines(ExamplePath);

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
            {
                Assert.True(i > 0 && lines[i - 1].StartsWith("# ", StringComparison.Ordinal), $"line {i + 1} '{lines[i]}' has no comment above it");
            }
        }
    }

    [Fact]
    public void Loads_as_is_to_the_defaults()
    {
        var result = SettingsLoader.LoadFromSources(ExamplePath, Variables.Empty);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Warnings);
        Assert.Equal(new BotSettings().Describe(), result.Settings.Describe());
    }
}
