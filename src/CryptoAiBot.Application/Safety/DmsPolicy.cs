namespace CryptoAiBot.Application.Safety;

/// <summary>
/// The dead man's switch as configured (<c>DMS_ENABLED</c>, <c>DMS_TIMEOUT_MS</c>, <c>DMS_SELL</c>): a loop of a running
/// or paused orchestrator silent for longer than its own interval plus <see cref="Timeout"/> trips it; then trading
/// pauses and, with <see cref="SellPosition"/>, the position is sold at market.
/// </summary>
public sealed record DmsPolicy(bool Enabled, TimeSpan Timeout, bool SellPosition)
{
    public static DmsPolicy Off { get; } = new(false, TimeSpan.FromMinutes(2), true);

    /// <summary>
    /// How often the switch looks: every second, so that it acts within a second of a loop's deadline — well inside
    /// the timeout plus one watchdog interval. A look only reads the loops' heartbeats.
    /// </summary>
    public TimeSpan CheckInterval => TimeSpan.FromSeconds(1);
}
