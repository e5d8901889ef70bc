namespace CryptoAiBot.Application.Exits;

/// <summary>Protective stops armed after every buy: percent below entry and below the high since entry (0 disables).</summary>
public sealed record ExitPolicy(decimal StopLossPct, decimal TrailingPct)
{
    public static ExitPolicy Default { get; } = new(2m, 1m);
}
