using System.Xml.Linq;

namespace CryptoAiBot.Architecture.Tests;

/// <summary>The project graph is the architecture: each assembly's compiled references obey its layer rule.</summary>
public sealed class LayerReferenceTests
{
    public static TheoryData<string> Assemblies => [.. LayerRules.All.Select(rule => rule.Assembly)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void References_only_what_its_layer_allows(string assembly)
    {
        var violations = ReferenceChecker.Violations(ReferenceChecker.Load(assembly), LayerRules.For(assembly));

        Assert.True(violations.Count == 0, "Forbidden references:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Domain_references_none_of_our_assemblies_and_no_package()
    {
        var references = ReferenceChecker.Load(LayerRules.Domain).GetReferencedAssemblies().Select(r => r.Name).ToList();

        Assert.All(references, name => Assert.True(
            name is "netstandard" or "mscorlib" || name!.StartsWith("System.", StringComparison.Ordinal),
            $"CryptoAiBot.Domain references {name}; it may reference only the framework."));
    }

    [Fact]
    public void No_src_assembly_references_a_test_assembly()
    {
        var testOnly = new LayerRule("any", null, LayerRules.TestAssemblies);

        var violations = LayerRules.All
            .SelectMany(rule => ReferenceChecker.Violations(ReferenceChecker.Load(rule.Assembly), testOnly with { Assembly = rule.Assembly }))
            .ToList();

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void Checker_flags_a_forbidden_reference_naming_it()
    {
        // Infrastructure measured against Domain's rule must fail: it references Application and packages.
        var violations = ReferenceChecker.Violations(ReferenceChecker.Load(LayerRules.Infrastructure), LayerRules.For(LayerRules.Domain));

        Assert.Contains(violations, v => v.StartsWith("CryptoAiBot.Domain references CryptoAiBot.Application,", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("CryptoAiBot.Domain references Dapper,", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_lets_a_forbidden_pattern_override_an_allowed_one()
    {
        var violations = ReferenceChecker.Violations(
            ["System.Runtime", "System.Net.Http", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Logging", "CryptoAiBot.Testing"],
            LayerRules.For(LayerRules.Application));

        Assert.Equal(
            [
                "CryptoAiBot.Application references CryptoAiBot.Testing, forbidden by 'CryptoAiBot.Testing'",
                "CryptoAiBot.Application references Microsoft.Extensions.Logging, which is not in its allowed list ["
                    + string.Join(", ", LayerRules.For(LayerRules.Application).Allowed!) + "]",
                "CryptoAiBot.Application references System.Net.Http, forbidden by 'System.Net.Http*'",
            ],
            violations);
    }

    [Theory]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.*.Abstractions", true)]
    [InlineData("Microsoft.Extensions.Logging", "Microsoft.Extensions.*.Abstractions", false)]
    [InlineData("CryptoAiBot.Domain.Tests", "*.Tests", true)]
    [InlineData("System.Linq", "System.*", true)]
    [InlineData("SystemX", "System.*", false)]
    [InlineData("dapper", "Dapper", true)]
    public void Matches_glob_patterns_case_insensitively(string name, string pattern, bool expected)
    {
        Assert.Equal(expected, ReferenceChecker.Matches(name, pattern));
    }

    [Fact]
    public void Every_src_project_has_a_rule()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CryptoAiBot.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var projects = Directory.GetFiles(Path.Combine(root.FullName, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => XDocument.Load(path).Descendants("AssemblyName").FirstOrDefault()?.Value
                            ?? Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal);

        // A new project needs a row in LayerRules and a reference from this test project.
        Assert.Equal(LayerRules.All.Select(rule => rule.Assembly).Order(StringComparer.Ordinal), projects);
    }
}
