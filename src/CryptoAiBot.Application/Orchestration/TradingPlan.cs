using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Sizing;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// What a cycle trades with: timeframe, entry size, risk limits and the fee it expects to pay. Entries are
/// sized by <see cref="Sizer"/> (<c>POSITION_SIZER</c>); without one, <see cref="EntryQuoteAmount"/> is spent.
/// </summary>
public sealed record TradingPlan(
    Timeframe Timeframe,
    decimal EntryQuoteAmount,
    RiskLimits Limits,
    decimal ExpectedFeePct,
    int CandleLookback = 200,
    decimal DustQuantity = 0.000001m,
    IPositionSizer? Sizer = null)
{
    /// <summary>The configured sizer, or a fixed <see cref="EntryQuoteAmount"/> per entry.</summary>
    public IPositionSizer SizerOrFixed => Sizer ?? new FixedQuoteSizer(EntryQuoteAmount);
}
