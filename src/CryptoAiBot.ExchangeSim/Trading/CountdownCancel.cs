namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// <c>POST /spot/countdown_cancel_all</c>, the dead man's switch: armed per account and pair (or all pairs when no
/// pair is given); re-arming replaces the deadline, 0 disarms. When a deadline passes, the account's open spot
/// orders of that pair are cancelled. It deliberately does NOT cancel price-triggered orders: Gate documents it
/// for spot orders only, and a bot relies on its exchange-side stop-loss surviving its own disappearance.
/// </summary>
internal sealed class CountdownCancel(SpotDesk spot)
{
    private readonly Dictionary<(SimAccount Account, string? Pair), DateTimeOffset> _deadlines = [];

    /// <summary>The deadline set, or null when disarmed.</summary>
    public DateTimeOffset? Arm(SimAccount account, string? pair, int timeoutSeconds, DateTimeOffset now)
    {
        if (timeoutSeconds == 0)
        {
            _deadlines.Remove((account, pair));
            return null;
        }

        var deadline = now.AddSeconds(timeoutSeconds);
        _deadlines[(account, pair)] = deadline;
        return deadline;
    }

    /// <summary>Cancels for every deadline that passed; returns how many orders were cancelled.</summary>
    public int Fire(DateTimeOffset now)
    {
        var cancelled = 0;
        foreach (var (key, deadline) in _deadlines.Where(d => d.Value <= now).ToList())
        {
            _deadlines.Remove(key);
            cancelled += spot.CancelAll(key.Account, key.Pair, side: null, deadline).Count;
        }

        return cancelled;
    }
}
