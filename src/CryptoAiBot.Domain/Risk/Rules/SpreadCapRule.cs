using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>spread_cap</c>: denies a buy when <c>(ask − bid) / mid × 100</c> is at least
/// <see cref="RiskLimits.MaxSpreadPct"/>. A quote that cannot be measured (bid or ask not above zero, or
/// a crossed book with ask below bid) is denied too: a buy must not go out blind.
/// </summary>
public sealed class SpreadCapRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "spread_cap";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxSpreadPct > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var (bid, ask) = (snapshot.Bid, snapshot.Ask);
        if (bid <= 0 || ask <= 0 || ask < bid)
        {
            return Deny($"no valid quote for {trade.Symbol} (bid {Number(bid)}, ask {Number(ask)})");
        }

        var mid = (bid + ask) / 2m;
        var spreadPct = (ask - bid) / mid * 100m;
        return spreadPct >= limits.MaxSpreadPct
            ? Deny(
                $"spread of {Percent(spreadPct)} on {trade.Symbol} (bid {Number(bid)}, ask {Number(ask)}) " +
                $"reached the limit of {Percent(limits.MaxSpreadPct)}")
            : null;
    }
}
