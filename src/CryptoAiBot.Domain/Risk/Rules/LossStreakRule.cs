namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>loss_streak</c>: denies a buy when the trailing run of losing closed trades (PnL below zero; a
/// break-even trade is not a loss and ends the run) is at least <see cref="RiskLimits.LossStreakMax"/>.
/// </summary>
public sealed class LossStreakRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "loss_streak";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.LossStreakMax > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var pnls = snapshot.ClosedTradePnls;
        var streak = 0;
        for (var i = pnls.Count - 1; i >= 0 && pnls[i] < 0; i--)
        {
            streak++;
        }

        return streak >= limits.LossStreakMax
            ? Deny($"{streak} consecutive losing trades reached the limit of {limits.LossStreakMax}")
            : null;
    }
}
