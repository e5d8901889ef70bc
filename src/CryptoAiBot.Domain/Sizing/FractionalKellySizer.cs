namespace CryptoAiBot.Domain.Sizing;

/// <summary>
/// Fractional Kelly sizing (<c>POSITION_SIZER=kelly</c>): the Kelly fraction of a bet won with probability
/// W that pays R times what it risks is <c>f* = W − (1 − W) / R</c>; the entry spends
/// <c>equity × max(0, f*) × fraction</c>, within the caps of <see cref="IPositionSizer"/>. A strategy
/// without an edge (f* ≤ 0) gets 0, i.e. no entry.
/// <para>
/// W and R are not estimated here: they come from configuration, typically the win rate and the average
/// win / average loss of a backtest of the same strategy. Full Kelly (fraction 1) is optimal only for
/// exactly known W and R and swings hard when they are overestimated; a fraction of ¼ to ½ is usual.
/// </para>
/// </summary>
public sealed class FractionalKellySizer : IPositionSizer
{
    /// <param name="winRate">W, the share of winning trades, in [0, 1].</param>
    /// <param name="payoffRatio">R, average win / average loss, greater than 0.</param>
    /// <param name="fraction">Share of the full Kelly bet actually taken, in (0, 1].</param>
    public FractionalKellySizer(double winRate, double payoffRatio, double fraction)
    {
        if (!(winRate is >= 0d and <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(winRate), winRate, "The Kelly win rate must be in [0, 1].");
        }

        if (!(payoffRatio > 0d) || double.IsInfinity(payoffRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(payoffRatio), payoffRatio, "The Kelly payoff ratio must be a finite number > 0.");
        }

        if (!(fraction is > 0d and <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The Kelly fraction must be in (0, 1].");
        }

        WinRate = winRate;
        PayoffRatio = payoffRatio;
        Fraction = fraction;
        KellyFraction = winRate - ((1d - winRate) / payoffRatio);
        EquityShare = (decimal)(Math.Max(0d, KellyFraction) * fraction);
    }

    public double WinRate { get; }

    public double PayoffRatio { get; }

    public double Fraction { get; }

    /// <summary>f* = W − (1 − W) / R; may be negative (no edge).</summary>
    public double KellyFraction { get; }

    /// <summary>Share of equity spent per entry before the caps: max(0, f*) × fraction.</summary>
    public decimal EquityShare { get; }

    public string Name => PositionSizers.Kelly;

    public string Describe() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"kelly: win rate {WinRate}, payoff {PayoffRatio}, {Fraction} of f* {KellyFraction:0.####} = {EquityShare:0.####} of equity per entry");

    public decimal QuoteAmount(in SizingContext context) => SizeCaps.Apply(context.Equity * EquityShare, context);
}
