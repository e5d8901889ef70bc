using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>cooldown</c>: per symbol. Denies a buy while less than <see cref="RiskLimits.Cooldown"/> has passed
/// since the latest order (either side) on the same symbol; once exactly the cooldown has elapsed, the
/// buy is allowed. An order stamped after <c>now</c> keeps the cooldown running.
/// </summary>
public sealed class CooldownRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "cooldown";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.Cooldown > TimeSpan.Zero;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        DateTimeOffset? last = null;
        foreach (var order in snapshot.RecentOrders)
        {
            if (order.Symbol == trade.Symbol && (last is null || order.Time > last))
            {
                last = order.Time;
            }
        }

        if (last is not { } lastTime)
        {
            return null;
        }

        var elapsed = now - lastTime;
        if (elapsed >= limits.Cooldown)
        {
            return null;
        }

        var shownElapsed = elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
        return Deny(
            $"last order on {trade.Symbol} was {Seconds(shownElapsed)} ago; the cooldown of {Seconds(limits.Cooldown)} " +
            $"has {Seconds(limits.Cooldown - shownElapsed)} left");
    }
}
