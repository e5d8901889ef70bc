using CryptoAiBot.ExchangeSim.Ledger;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>A price-triggered order: open until it fires (finish, or failed when its order is rejected), expires or is cancelled.</summary>
internal sealed class PriceOrder(long id, SimAccount account, string market, decimal triggerPrice, string rule, long expiration, PricePut put, DateTimeOffset now)
{
    public long Id { get; } = id;

    public SimAccount Account { get; } = account;

    public string Market { get; } = market;

    public PricePut Put { get; } = put;

    public string Status { get; private set; } = "open";

    public string Reason { get; private set; } = "";

    public long? FiredOrderId { get; private set; }

    public DateTimeOffset? FinishTime { get; private set; }

    public bool IsOpen => Status == "open";

    public DateTimeOffset ExpiresAt => now.AddSeconds(expiration);

    /// <summary>True when <paramref name="last"/> is through the trigger by the rule.</summary>
    public bool IsTriggeredBy(decimal last) => rule == ">=" ? last >= triggerPrice : last <= triggerPrice;

    public void Finish(string status, string reason, long? firedOrderId, DateTimeOffset at)
    {
        Status = status;
        Reason = reason;
        FiredOrderId = firedOrderId;
        FinishTime = at;
    }

    public SimPriceOrder Snapshot() => new(
        Id,
        Account.Key,
        Market,
        triggerPrice,
        rule,
        expiration,
        Put.Type,
        Put.Side,
        Put.Price,
        Put.Amount,
        Put.TimeInForce,
        Put.Text,
        Status,
        Reason,
        FiredOrderId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        now,
        FinishTime);
}
