using System.Reflection;

namespace CryptoAiBot.Architecture.Tests;

/// <summary>
/// Ports and storage contracts are I/O: every asynchronous method ends in <c>Async</c> and takes a
/// <see cref="CancellationToken"/> last, so callers can always pass their token on.
/// </summary>
public sealed class AsyncConventionTests
{
    public static TheoryData<string> ContractNamespaces => ["CryptoAiBot.Application.Ports", "CryptoAiBot.Application.Storage"];

    [Theory]
    [MemberData(nameof(ContractNamespaces))]
    public void Async_methods_end_in_async_and_take_a_cancellation_token_last(string ns)
    {
        var interfaces = ReferenceChecker.Load(LayerRules.Application).GetTypes()
            .Where(type => type.IsInterface && type.Namespace == ns)
            .ToList();

        var violations = interfaces
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName)
            .SelectMany(Violations)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(interfaces);
        Assert.True(violations.Count == 0, "Async convention broken:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Checker_flags_a_method_without_token_or_suffix()
    {
        var violations = typeof(IBadPort).GetMethods().SelectMany(Violations).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                "IBadPort.Load returns an awaitable but its name does not end in Async",
                "IBadPort.Load takes no CancellationToken as its last parameter",
                "IBadPort.SaveAsync takes no CancellationToken as its last parameter",
                "IBadPort.SendAsync returns Int32, not an awaitable",
            ],
            violations);
    }

    private static IEnumerable<string> Violations(MethodInfo method)
    {
        var name = $"{method.DeclaringType!.Name}.{method.Name}";
        var awaitable = IsAwaitable(method.ReturnType);
        if (awaitable && !method.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            yield return $"{name} returns an awaitable but its name does not end in Async";
        }

        if (!awaitable && method.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            yield return $"{name} returns {method.ReturnType.Name}, not an awaitable";
        }

        if (awaitable && method.GetParameters() is var parameters
            && (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken)))
        {
            yield return $"{name} takes no CancellationToken as its last parameter";
        }
    }

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>)));

    private interface IBadPort
    {
        Task<int> Load(string key);

        ValueTask SaveAsync(CancellationToken cancellationToken, string value);

        int SendAsync(CancellationToken cancellationToken);

        Task FineAsync(string value, CancellationToken cancellationToken);
    }
}
