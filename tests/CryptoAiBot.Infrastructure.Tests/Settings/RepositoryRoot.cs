namespace CryptoAiBot.Infrastructure.Tests.Settings;

/// <summary>The repository checkout the tests run from: the first directory above the test binaries holding CryptoAiBot.slnx.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CryptoAiBot.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CryptoAiBot.slnx above {AppContext.BaseDirectory}");
    }
}
