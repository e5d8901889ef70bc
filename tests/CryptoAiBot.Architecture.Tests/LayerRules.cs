namespace CryptoAiBot.Architecture.Tests;

/// <summary>
/// The layer rules of design.md as data. Domain references only the framework; Application only Domain and
/// the Microsoft.Extensions abstractions; Infrastructure never a composition root; nothing ever a test assembly.
/// </summary>
public static class LayerRules
{
    public const string Domain = "CryptoAiBot.Domain";
    public const string Application = "CryptoAiBot.Application";
    public const string Infrastructure = "CryptoAiBot.Infrastructure";
    public const string Host = "CryptoAiBot.Host";
    public const string Cli = "cab";
    public const string ExchangeSim = "CryptoAiBot.ExchangeSim";

    /// <summary>Test projects, the shared testing library and test frameworks: never referenced from src.</summary>
    public static readonly IReadOnlyList<string> TestAssemblies =
        ["*.Tests", "CryptoAiBot.Testing", "xunit*", "FsCheck*", "Microsoft.TestPlatform.*", "Microsoft.VisualStudio.TestPlatform.*"];

    /// <summary>Framework assemblies only: the runtime's <c>System.*</c> facades.</summary>
    private static readonly IReadOnlyList<string> Framework = ["System", "System.*", "netstandard", "mscorlib"];

    /// <summary>Framework assemblies that mean I/O (network, databases, console, processes): not for pure logic.</summary>
    private static readonly IReadOnlyList<string> FrameworkIo =
        ["System.Net.*", "System.Data.*", "System.Console", "System.Diagnostics.Process", "System.IO.FileSystem*", "System.IO.Pipes"];

    public static readonly IReadOnlyList<LayerRule> All =
    [
        new(Domain, Framework, [.. FrameworkIo, .. TestAssemblies]),
        new(
            Application,
            [
                .. Framework,
                Domain,
                "Microsoft.Extensions.*.Abstractions",
                "Microsoft.Extensions.Options",
                "Microsoft.Extensions.Primitives",
            ],
            ["System.Data.*", "System.Net.Http*", "System.Console", .. TestAssemblies]),
        new(Infrastructure, null, [Host, Cli, "CryptoAiBot.Cli", ExchangeSim, .. TestAssemblies]),
        new(Host, null, [Cli, "CryptoAiBot.Cli", ExchangeSim, .. TestAssemblies]),
        new(Cli, null, [Host, .. TestAssemblies]),

        // The simulator stands in for Gate.io: it may reuse pure code and file formats, never the bot's trading layers.
        new(ExchangeSim, null, [Application, Host, Cli, "CryptoAiBot.Cli", .. TestAssemblies]),
    ];

    public static LayerRule For(string assembly) => All.Single(rule => rule.Assembly == assembly);
}
