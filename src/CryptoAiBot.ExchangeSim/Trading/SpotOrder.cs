using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// A spot order while the exchange works on it. Invariants: <see cref="Left"/> counts in the unit of
/// <c>Amount</c> (quote for a market buy, base otherwise); a resting limit order has
/// <c>Left × Price</c> quote (buy) or <c>Left</c> base (sell) locked; status goes open → closed|cancelled once.
/// </summary>
internal sealed class SpotOrder(long id, SimAccount account, SimPairOptions pair, ValidOrder request, DateTimeOffset now)
{
    public long Id { get; } = id;

    public SimAccount Account { get; } = account;

    public SimPairOptions Pair { get; } = pair;

    public ValidOrder Request { get; } = request;

    public decimal Left { get; private set; } = request.Amount;

    public decimal FilledAmount { get; private set; }

    public decimal FilledTotal { get; private set; }

    public decimal Fee { get; private set; }

    public decimal PointFee { get; private set; }

    public decimal GtFee { get; private set; }

    public string Status { get; private set; } = "open";

    public string FinishAs { get; private set; } = "open";

    public DateTimeOffset CreateTime { get; } = now;

    public DateTimeOffset UpdateTime { get; private set; } = now;

    public DateTimeOffset? FinishTime { get; private set; }

    public bool IsOpen => Status == "open";

    public bool IsBuy => Request.Side == "buy";

    public bool IsMarketBuy => IsBuy && Request.Type == "market";

    public string ReceivedCurrency => IsBuy ? Pair.Base : Pair.Quote;

    public void Filled(decimal amount, decimal price, FillFee fee, DateTimeOffset now)
    {
        Left -= IsMarketBuy ? amount * price : amount;
        FilledAmount += amount;
        FilledTotal += amount * price;
        Fee += fee.Fee;
        PointFee += fee.PointFee;
        GtFee += fee.GtFee;
        UpdateTime = now;
    }

    /// <summary>Ends the order and releases what its remainder still locks.</summary>
    public void Finish(string status, string finishAs, DateTimeOffset now)
    {
        if (Request.Type == "limit" && Left > 0)
        {
            if (IsBuy)
            {
                Account.Unlock(Pair.Quote, Left * Request.Price);
            }
            else
            {
                Account.Unlock(Pair.Base, Left);
            }
        }

        Status = status;
        FinishAs = finishAs;
        UpdateTime = now;
        FinishTime = now;
    }

    public SimOrder Snapshot() => new(
        Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Request.Text,
        Account.Key,
        Request.Account,
        Pair.Id,
        Request.Type,
        Request.Side,
        Request.TimeInForce,
        Request.Amount,
        Request.Price,
        Left,
        FilledAmount,
        FilledTotal,
        FilledAmount == 0 ? 0m : Precision.Normalize(Math.Round(FilledTotal / FilledAmount, Pair.Precision + 4)),
        Fee,
        ReceivedCurrency,
        PointFee,
        GtFee,
        GtFee > 0,
        Status,
        FinishAs,
        CreateTime,
        UpdateTime,
        FinishTime);
}
