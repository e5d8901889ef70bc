namespace CryptoAiBot.Domain.Sizing;

/// <summary>
/// Chooses how much quote currency (e.g. USDT) a long entry spends (<c>POSITION_SIZER</c>). Every sizer
/// caps its answer by <see cref="SizingContext.AvailableQuote"/> and, when set, by
/// <see cref="SizingContext.MaxPositionBase"/> × <see cref="SizingContext.Price"/>; it never returns a
/// negative amount, and returns 0 — skip the entry — when the capped amount is below
/// <see cref="SizingContext.MinQuote"/>. The amount is a request: it still passes through the instrument
/// rules (tick, lot, minimum notional) and the risk manager, which can only shrink or deny it.
/// Pure, O(1), allocation-free.
/// </summary>
public interface IPositionSizer
{
    /// <summary>Stable name, as in <c>POSITION_SIZER</c>: <c>fixed</c>, <c>kelly</c> or <c>target_vol</c>.</summary>
    string Name { get; }

    /// <summary>The sizer and its parameters in words, for reports, e.g. <c>fixed 1000 per entry</c>.</summary>
    string Describe();

    /// <summary>The quote amount to spend on the entry; 0 means do not enter.</summary>
    decimal QuoteAmount(in SizingContext context);
}
