using CryptoAiBot.Domain.Markets;
using static CryptoAiBot.Domain.Risk.Rules.ReasonFormat;

namespace CryptoAiBot.Domain.Risk.Rules;

/// <summary>
/// <c>correlation</c>: denies a buy when any open position in another symbol has an absolute correlation
/// with the candidate of at least <see cref="RiskLimits.MaxCorrelation"/>. Pairs are looked up in both
/// key orders; a pair with no known correlation blocks nothing. The reason lists every offending
/// position, strongest first.
/// </summary>
public sealed class CorrelationRule : BuyOnlyRiskRule
{
    /// <inheritdoc />
    public override string Name => "correlation";

    /// <inheritdoc />
    protected override bool IsEnabled(RiskLimits limits) => limits.MaxCorrelation > 0;

    /// <inheritdoc />
    protected override RiskViolation? CheckBuy(ProposedTrade trade, RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        var offending = new List<(Symbol Held, decimal Correlation)>();
        foreach (var (held, baseAmount) in snapshot.OpenPositions)
        {
            if (held == trade.Symbol || baseAmount == 0)
            {
                continue;
            }

            if (Lookup(snapshot.Correlations, trade.Symbol, held) is { } correlation
                && Math.Abs(correlation) >= limits.MaxCorrelation)
            {
                offending.Add((held, correlation));
            }
        }

        if (offending.Count == 0)
        {
            return null;
        }

        var details = offending
            .OrderByDescending(o => Math.Abs(o.Correlation))
            .ThenBy(o => o.Held.ToString(), StringComparer.Ordinal)
            .Select(o => $"{Number(o.Correlation)} with the open {o.Held} position");
        return Deny(
            $"{trade.Symbol} correlation {string.Join(", ", details)} reached the limit of {Number(limits.MaxCorrelation)}");
    }

    private static decimal? Lookup(IReadOnlyDictionary<(Symbol, Symbol), decimal> correlations, Symbol a, Symbol b) =>
        correlations.TryGetValue((a, b), out var ab) ? ab
        : correlations.TryGetValue((b, a), out var ba) ? ba
        : null;
}
