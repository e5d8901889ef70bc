namespace CryptoAiBot.Domain.Sizing;

/// <summary>The caps every sizer applies, in one place so that no sizer can forget one.</summary>
internal static class SizeCaps
{
    /// <summary>
    /// min(<paramref name="wanted"/>, available quote, max position × price when set); 0 when that is not
    /// positive or is below the minimum quote.
    /// </summary>
    public static decimal Apply(decimal wanted, in SizingContext context)
    {
        var amount = Math.Min(wanted, context.AvailableQuote);
        if (context.MaxPositionBase > 0m)
        {
            amount = Math.Min(amount, context.MaxPositionBase * context.Price);
        }

        return amount <= 0m || amount < context.MinQuote ? 0m : amount;
    }
}
