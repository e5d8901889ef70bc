namespace CryptoAiBot.Infrastructure.Tests.Settings;

/// <summary>Builds variable tables for <c>SettingsLoader.Load</c>.</summary>
internal static class Variables
{
    public static IReadOnlyDictionary<string, string?> Of(params (string Name, string? Value)[] pairs)
    {
        var table = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            table[name] = value;
        }

        return table;
    }

    public static IReadOnlyDictionary<string, string?> Empty { get; } = new Dictionary<string, string?>();
}
