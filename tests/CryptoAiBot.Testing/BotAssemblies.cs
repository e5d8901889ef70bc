namespace CryptoAiBot.Testing;

/// <summary>Where the bot's runnable assemblies are, for <see cref="BotProcess"/>.</summary>
public static class BotAssemblies
{
    /// <summary>The host's dll next to the test assembly (test projects reference the host), else in <c>src/CryptoAiBot.Host/bin</c>.</summary>
    public static string Host => Find("CryptoAiBot.Host.dll", "CryptoAiBot.Host");

    /// <summary>The <c>cab</c> command's dll next to the test assembly, else in <c>src/CryptoAiBot.Cli/bin</c>.</summary>
    public static string Cli => Find("cab.dll", "CryptoAiBot.Cli");

    private static string Find(string fileName, string project)
    {
        var local = Path.Combine(AppContext.BaseDirectory, fileName);
        if (File.Exists(local) && File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json")))
        {
            return local;
        }

        var separator = Path.DirectorySeparatorChar;
        var configuration = AppContext.BaseDirectory.Contains($"{separator}Release{separator}", StringComparison.Ordinal) ? "Release" : "Debug";
        var built = Path.Combine(RepositoryPaths.Root, "src", project, "bin", configuration, "net10.0", fileName);
        return File.Exists(built) && File.Exists(Path.ChangeExtension(built, ".runtimeconfig.json"))
            ? built
            : throw new FileNotFoundException($"{fileName} is neither next to the tests nor at {built}; build {project} first.");
    }
}
