using System.Reflection;
using System.Text.RegularExpressions;

namespace CryptoAiBot.Architecture.Tests;

/// <summary>Compares an assembly's compiled references with a <see cref="LayerRule"/>.</summary>
public static class ReferenceChecker
{
    /// <summary>Each reference that breaks the rule, with the reason, in name order.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, LayerRule rule) =>
        Violations(assembly.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty), rule);

    public static IReadOnlyList<string> Violations(IEnumerable<string> references, LayerRule rule) =>
    [
        .. references.Order(StringComparer.Ordinal).Select(reference => Violation(reference, rule)).OfType<string>(),
    ];

    public static bool Matches(string name, string pattern) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase);

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    private static string? Violation(string reference, LayerRule rule)
    {
        if (rule.Forbidden.FirstOrDefault(pattern => Matches(reference, pattern)) is { } forbidden)
        {
            return $"{rule.Assembly} references {reference}, forbidden by '{forbidden}'";
        }

        return rule.Allowed is { } allowed && !allowed.Any(pattern => Matches(reference, pattern))
            ? $"{rule.Assembly} references {reference}, which is not in its allowed list [{string.Join(", ", allowed)}]"
            : null;
    }
}
