namespace CryptoAiBot.ExchangeSim;

/// <summary>An API key of the simulated exchange and the spot account behind it.</summary>
public sealed record SimAccountOptions
{
    public required string Key { get; init; }

    public required string Secret { get; init; }

    /// <summary>Gate's user id, shown as <c>user</c> on price orders.</summary>
    public long Uid { get; init; } = 10_001;

    /// <summary>Starting balances (available), by currency.</summary>
    public IReadOnlyDictionary<string, decimal> Balances { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Pay trading fees in GT (at <see cref="GateSimulatorOptions.GtDiscount"/>) while the GT balance suffices.</summary>
    public bool GtDeduction { get; init; }
}
