using System.Globalization;
using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>A trade of <c>GET /spot/my_trades</c>; <c>create_time_ms</c> is a fractional-ms string as Gate sends it.</summary>
internal sealed record TradeView(
    string Id,
    string CreateTime,
    string CreateTimeMs,
    string CurrencyPair,
    string Side,
    string Role,
    decimal Amount,
    decimal Price,
    string OrderId,
    decimal Fee,
    string FeeCurrency,
    decimal PointFee,
    decimal GtFee,
    string AmendText,
    string SequenceId,
    string Text)
{
    public static TradeView From(SimTrade trade) => new(
        trade.Id,
        GateJson.Seconds(trade.Time),
        ((trade.Time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (decimal)TimeSpan.TicksPerMillisecond).ToString("0.000000", CultureInfo.InvariantCulture),
        trade.CurrencyPair,
        trade.Side,
        trade.Role,
        trade.Amount,
        trade.Price,
        trade.OrderId,
        trade.Fee,
        trade.FeeCurrency,
        trade.PointFee,
        trade.GtFee,
        "-",
        trade.SequenceId.ToString(CultureInfo.InvariantCulture),
        trade.Text);
}
