namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Counts the buy signals the entry gate held back, by reason. Reasons are constant strings, so counting
/// allocates only when a reason is seen for the first time.
/// </summary>
internal sealed class HeldBackCounter
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Count(string reason) => _counts[reason] = _counts.GetValueOrDefault(reason) + 1;

    /// <summary>The counts ordered by reason (ordinal), so two runs report them in the same order.</summary>
    public IReadOnlyList<HeldBackBuys> ToList() =>
        [.. _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new HeldBackBuys(c.Key, c.Value))];
}
