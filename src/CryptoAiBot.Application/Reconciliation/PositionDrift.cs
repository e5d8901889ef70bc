namespace CryptoAiBot.Application.Reconciliation;

/// <summary>Our base position against the exchange's balance.</summary>
/// <param name="Local">Our folded position.</param>
/// <param name="Exchange">The exchange's base balance, less any offset an operator accepted.</param>
/// <param name="Corrections">What the corrective actions change in our position (the missed trades' effect).</param>
/// <param name="Difference"><paramref name="Exchange"/> − (<paramref name="Local"/> + <paramref name="Corrections"/>): what nothing explains.</param>
/// <param name="Tolerance">The largest difference that is not drift.</param>
public sealed record PositionDrift(decimal Local, decimal Exchange, decimal Corrections, decimal Difference, decimal Tolerance)
{
    /// <summary>The books differed beyond tolerance before the corrections, and the corrections account for it.</summary>
    public bool Explained => Math.Abs(Exchange - Local) > Tolerance && !IsUnexplained;

    /// <summary>A difference beyond tolerance that no known cause accounts for: trading must stop.</summary>
    public bool IsUnexplained => Math.Abs(Difference) > Tolerance;
}
