using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate's spot Order object (the FULL response of <c>POST /spot/orders</c>); times as in the official examples.</summary>
internal sealed record OrderView(
    string Id,
    string Text,
    string AmendText,
    string CreateTime,
    string UpdateTime,
    long CreateTimeMs,
    long UpdateTimeMs,
    string Status,
    string CurrencyPair,
    string Type,
    string Account,
    string Side,
    decimal Amount,
    decimal Price,
    string TimeInForce,
    string Iceberg,
    decimal Left,
    decimal FilledAmount,
    decimal FillPrice,
    decimal FilledTotal,
    decimal? AvgDealPrice,
    decimal Fee,
    string FeeCurrency,
    decimal PointFee,
    decimal GtFee,
    decimal GtMakerFee,
    decimal GtTakerFee,
    bool GtDiscount,
    decimal RebatedFee,
    string RebatedFeeCurrency,
    string FinishAs)
{
    public static OrderView From(SimOrder order, GateSimulatorOptions options)
    {
        var quote = order.CurrencyPair.Split('_')[^1];
        var gtFactor = order.GtDiscount ? 1 - options.GtDiscount : 0m;
        return new OrderView(
            order.Id, order.Text, "-", GateJson.Seconds(order.CreateTime), GateJson.Seconds(order.UpdateTime),
            GateJson.Ms(order.CreateTime), GateJson.Ms(order.UpdateTime), order.Status, order.CurrencyPair, order.Type, order.AccountType,
            order.Side, order.Amount, order.Price, order.TimeInForce, "0", order.Left, order.FilledAmount, order.FilledTotal,
            order.FilledTotal, order.FilledAmount == 0 ? null : order.AvgDealPrice, order.Fee, order.FeeCurrency, order.PointFee,
            order.GtFee, options.MakerFeeRate * gtFactor, options.TakerFeeRate * gtFactor, order.GtDiscount, 0m,
            order.Side == "buy" ? quote : order.CurrencyPair.Split('_')[0], order.FinishAs);
    }

    /// <summary>The <c>action_mode=ACK</c> answer.</summary>
    public sealed record Ack(string Id, string Text, string AmendText);
}
