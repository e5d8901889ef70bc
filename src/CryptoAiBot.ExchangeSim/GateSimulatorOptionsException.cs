namespace CryptoAiBot.ExchangeSim;

/// <summary>The simulator's options are invalid; <see cref="Problems"/> lists every problem found.</summary>
public sealed class GateSimulatorOptionsException(IReadOnlyList<string> problems)
    : ArgumentException($"Invalid simulator options ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
