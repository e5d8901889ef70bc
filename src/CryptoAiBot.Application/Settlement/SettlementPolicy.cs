namespace CryptoAiBot.Application.Settlement;

/// <summary>
/// How settlement treats a stalled order: one still open or partially filled <see cref="Timeout"/> after it was
/// created is cancelled and its remainder re-placed once (SETTLEMENT_TIMEOUT_SEC).
/// </summary>
public sealed record SettlementPolicy(TimeSpan Timeout)
{
    public static SettlementPolicy Default { get; } = new(TimeSpan.FromSeconds(30));
}
