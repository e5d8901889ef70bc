namespace CryptoAiBot.Domain.Sizing;

/// <summary>
/// Volatility targeting (<c>POSITION_SIZER=target_vol</c>): sizes the entry so that one ATR move of the
/// position is about <see cref="TargetVolPct"/> % of equity, i.e.
/// <c>notional × ATR / price = equity × targetVolPct / 100</c>, hence
/// <c>notional = equity × targetVolPct / 100 × price / ATR</c>: calm markets get larger positions, wild ones
/// smaller. Capped by <see cref="MaxQuote"/> (when set) and by the caps of <see cref="IPositionSizer"/>.
/// Returns 0 while the ATR is not ready (NaN) or is not positive, so no entry is sized on a guess.
/// </summary>
public sealed class TargetVolatilitySizer : IPositionSizer
{
    /// <param name="targetVolPct">Equity share, in percent, that one ATR move of the position should be; greater than 0.</param>
    /// <param name="maxQuote">Largest quote amount per entry whatever the volatility; 0 = no cap of its own.</param>
    public TargetVolatilitySizer(double targetVolPct, decimal maxQuote)
    {
        if (!(targetVolPct > 0d) || double.IsInfinity(targetVolPct))
        {
            throw new ArgumentOutOfRangeException(nameof(targetVolPct), targetVolPct, "The target volatility must be a finite percentage > 0.");
        }

        if (maxQuote < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxQuote), maxQuote, "The maximum quote amount must not be negative (0 = no cap).");
        }

        TargetVolPct = targetVolPct;
        MaxQuote = maxQuote;
    }

    /// <summary>Equity share, in percent, that one ATR move of the position should be.</summary>
    public double TargetVolPct { get; }

    /// <summary>Largest quote amount per entry; 0 = no cap of its own.</summary>
    public decimal MaxQuote { get; }

    public string Name => PositionSizers.TargetVol;

    public string Describe() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"target_vol: one ATR move = {TargetVolPct}% of equity{(MaxQuote > 0m ? $", at most {MaxQuote} per entry" : "")}");

    public decimal QuoteAmount(in SizingContext context)
    {
        var atr = context.Atr;
        if (!(atr > 0d) || double.IsInfinity(atr) || context.Equity <= 0m || context.Price <= 0m)
        {
            return 0m;
        }

        // The ratio stays in double (a statistic); it becomes money only multiplied by decimal equity and price.
        var perUnit = TargetVolPct / 100d / atr;
        decimal wanted;
        try
        {
            wanted = (decimal)perUnit * context.Equity * context.Price;
        }
        catch (OverflowException)
        {
            // A vanishing ATR asks for an absurd notional; the caps below decide.
            wanted = decimal.MaxValue;
        }

        if (MaxQuote > 0m)
        {
            wanted = Math.Min(wanted, MaxQuote);
        }

        return SizeCaps.Apply(wanted, context);
    }
}
