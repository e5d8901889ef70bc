using System.Runtime.CompilerServices;

namespace CryptoAiBot.Architecture.Tests;

/// <summary>Domain types are sealed by default: a class is open for inheritance only when it says so by being abstract.</summary>
public sealed class DomainTypeTests
{
    [Fact]
    public void Every_domain_type_is_sealed_abstract_static_an_interface_an_enum_or_a_struct()
    {
        var types = ReferenceChecker.Load(LayerRules.Domain).GetTypes()
            .Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !type.Name.Contains('<', StringComparison.Ordinal))
            .ToList();

        var open = OpenClasses(types);

        Assert.NotEmpty(types);
        Assert.True(open.Count == 0, "Domain types that are neither sealed nor abstract:\n" + string.Join('\n', open));
    }

    [Fact]
    public void Checker_flags_an_open_class_and_nothing_else()
    {
        Type[] types =
        [
            typeof(OpenClass), typeof(SealedRecord), typeof(AbstractBase), typeof(StaticHelpers),
            typeof(IContract), typeof(Kind), typeof(Value), typeof(Handler),
        ];

        Assert.Equal([typeof(OpenClass).FullName], OpenClasses(types));
    }

    // Static classes are abstract and sealed; records, delegates and enums report their own kind.
    private static List<string?> OpenClasses(IEnumerable<Type> types) =>
    [
        .. types
            .Where(type => !(type.IsInterface || type.IsEnum || type.IsValueType || type.IsSealed || type.IsAbstract))
            .Select(type => type.FullName)
            .Order(StringComparer.Ordinal),
    ];

#pragma warning disable CA1812, CA1852 // Samples for the checker: never instantiated, deliberately not sealed.
    private class OpenClass;

    private sealed record SealedRecord;

    private abstract class AbstractBase;

    private static class StaticHelpers;

    private interface IContract;

    private enum Kind
    {
        None = 0,
    }

    private readonly record struct Value;

    private delegate void Handler();
#pragma warning restore CA1812, CA1852
}
