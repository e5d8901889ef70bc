using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A spot order as Gate reports it. What was executed is read from <see cref="FilledAmount"/> (base),
/// <see cref="FilledTotal"/> (quote) and <see cref="AvgDealPrice"/> — never from <see cref="Status"/>: Gate reports a
/// partly filled IOC remainder as <c>cancelled</c> and has shown a market buy with something left as <c>closed</c>.
/// For a market buy <see cref="Amount"/> and <see cref="Left"/> are in quote (<see cref="AmountIsQuote"/>).
/// </summary>
/// <remarks>
/// <para><c>Text</c>: Gate's <c>text</c>: <c>t-</c> and our client order id, or a source tag such as <c>apiv4</c> or <c>web</c>.</para>
/// <para><c>FilledAmount</c>: Base executed. When Gate leaves it out it is derived: amount − left for base-denominated orders
/// (exact), filled_total / avg_deal_price for a market buy as ccxt does — an estimate, Gate rounds the average price, so
/// <c>FilledAmountIsEstimate</c> is set and the order's trades are the figure to book.</para>
/// <para><c>FilledTotal</c>: Quote executed (Gate's <c>filled_total</c>, formerly <c>fill_price</c>).</para>
/// <para><c>Fee</c>: Fee charged in <see cref="FeeCurrency"/>, the received asset (base on a buy, quote on a sell).</para>
/// <para><c>PointFee</c>: Fee paid in Gate points instead.</para>
/// <para><c>GtFee</c>: Fee paid in GT instead.</para>
/// <para><c>RebatedFee</c>: Rebate credited in <see cref="RebatedFeeCurrency"/>.</para>
/// </remarks>
public sealed record GateOrder(
    string Id,
    string? Text,
    Symbol Symbol,
    string? Account,
    GateOrderType Type,
    OrderSide Side,
    GateTimeInForce? TimeInForce,
    GateOrderStatus Status,
    GateFinishAs FinishAs,
    decimal Amount,
    decimal? Price,
    decimal Left,
    decimal FilledAmount,
    decimal FilledTotal,
    decimal? AvgDealPrice,
    decimal Fee,
    string? FeeCurrency,
    decimal PointFee,
    decimal GtFee,
    bool GtDiscount,
    decimal RebatedFee,
    string? RebatedFeeCurrency,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    bool FilledAmountIsEstimate = false)
{
    /// <summary>Our client order id when <see cref="Text"/> carries one (<c>t-…</c>); null for Gate's source tags.</summary>
    public ClientOrderId? ClientOrderId => GateClientOrderText.TryParse(Text, out var id) ? id : null;

    public bool AmountIsQuote => Type == GateOrderType.Market && Side == OrderSide.Buy;

    public bool HasFills => FilledAmount > 0m;

    public bool IsFinal => Status != GateOrderStatus.Open;

    /// <summary>Fees per currency, as charged (the fee currency, <c>GT</c>, <c>POINT</c>); a rebate counts negative. Zeroes left out.</summary>
    public IReadOnlyDictionary<string, decimal> Fees
    {
        get
        {
            var fees = new Dictionary<string, decimal>(StringComparer.Ordinal);
            GateFeeBook.Add(fees, GateFeeBook.Received(Symbol, Side, FeeCurrency), Fee);
            GateFeeBook.Add(fees, GateFeeBook.Gt, GtFee);
            GateFeeBook.Add(fees, GateFeeBook.Point, PointFee);
            GateFeeBook.Add(fees, RebatedFeeCurrency ?? Symbol.Quote, -RebatedFee);
            return fees;
        }
    }
}
