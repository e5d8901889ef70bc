using System.Collections;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>A snapshot of the process environment. This file is the only code in the solution that reads it.</summary>
internal static class ProcessEnvironment
{
    public static IReadOnlyDictionary<string, string?> Read()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);

        // the settings module is the one place allowed to read the environment
#pragma warning disable RS0030
        var environment = Environment.GetEnvironmentVariables();
#pragma warning restore RS0030

        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name)
            {
                variables[name] = entry.Value as string;
            }
        }

        return variables;
    }
}
