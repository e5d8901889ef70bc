using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// One spot market from <c>/spot/currency_pairs</c>: its precision (decimal places), minimums, maximums and whether it
/// trades. <see cref="ToInstrumentRules"/> gives the bot's view of it.
/// </summary>
/// <remarks>
/// <para><c>PricePrecision</c>: Decimal places of a price, and of a quote amount (a market buy's cost).</para>
/// <para><c>AmountPrecision</c>: Decimal places of a base amount.</para>
/// <para><c>MaxBaseAmount</c>: Largest base amount of one order; null when Gate sets none.</para>
/// <para><c>MaxQuoteAmount</c>: Largest quote amount of one order; null when Gate sets none.</para>
/// <para><c>FeePercent</c>: Gate's published (deprecated) fee in percent, <c>0.2</c> = 0.2%; the account's real rate may be lower.</para>
/// </remarks>
public sealed record GateMarket(
    Symbol Symbol,
    int PricePrecision,
    int AmountPrecision,
    decimal MinBaseAmount,
    decimal MinQuoteAmount,
    decimal? MaxBaseAmount,
    decimal? MaxQuoteAmount,
    GateTradeStatus TradeStatus,
    decimal? FeePercent)
{
    public bool CanBuy => TradeStatus is GateTradeStatus.Tradable or GateTradeStatus.Buyable;

    public bool CanSell => TradeStatus is GateTradeStatus.Tradable or GateTradeStatus.Sellable;

    public InstrumentRules ToInstrumentRules() => new(Symbol, PricePrecision, AmountPrecision, MinBaseAmount, MinQuoteAmount);
}
