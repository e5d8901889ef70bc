using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate's spot price-triggered order (SDK <c>SpotPriceTriggeredOrder</c>): ids and times as integers, as the official docs show.</summary>
internal sealed record PriceOrderView(
    PriceOrderView.TriggerView Trigger,
    PriceOrderView.PutView Put,
    long Id,
    long User,
    string Market,
    long Ctime,
    long? Ftime,
    long FiredOrderId,
    string Status,
    string Reason)
{
    public static PriceOrderView From(SimPriceOrder order, long user) => new(
        new TriggerView(order.TriggerPrice, order.Rule, order.ExpirationSeconds),
        new PutView(order.PutType, order.PutSide, order.PutPrice, order.PutAmount, "normal", order.PutTimeInForce, false, false, order.PutText),
        order.Id,
        user,
        order.Market,
        order.CreateTime.ToUnixTimeSeconds(),
        order.FinishTime?.ToUnixTimeSeconds(),
        order.FiredOrderId is { } fired ? long.Parse(fired, System.Globalization.CultureInfo.InvariantCulture) : 0,
        order.Status,
        order.Reason);

    public sealed record TriggerView(decimal Price, string Rule, long Expiration);

    public sealed record PutView(string Type, string Side, decimal Price, decimal Amount, string Account, string TimeInForce, bool AutoBorrow, bool AutoRepay, string Text);

    /// <summary>The <c>POST</c> answer.</summary>
    public sealed record Created(long Id);
}
