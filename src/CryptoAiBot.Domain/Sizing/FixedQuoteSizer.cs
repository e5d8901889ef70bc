namespace CryptoAiBot.Domain.Sizing;

/// <summary>Spends the same quote amount on every entry (<c>POSITION_SIZER=fixed</c>, <c>FIXED_AMOUNT</c>), within the caps of <see cref="IPositionSizer"/>.</summary>
public sealed class FixedQuoteSizer : IPositionSizer
{
    /// <param name="amount">Quote amount per entry, greater than 0.</param>
    public FixedQuoteSizer(decimal amount)
    {
        if (amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The fixed quote amount must be greater than 0.");
        }

        Amount = amount;
    }

    /// <summary>Quote amount per entry before the caps.</summary>
    public decimal Amount { get; }

    public string Name => PositionSizers.Fixed;

    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fixed {Amount} per entry");

    public decimal QuoteAmount(in SizingContext context) => SizeCaps.Apply(Amount, context);
}
