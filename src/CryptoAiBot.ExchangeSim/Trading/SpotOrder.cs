using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// A spot order while the exchange works on it. Invariants: <see cref="Left"/> counts in the unit of
/// <c>Amount</c> (quote for a market buy, base otherwise); a resting limit order has
/// <c>Left × Price</c> quote (buy) or <c>Left</c> base (sell) locked; a market order left resting by a
/// PartialFill fault has its <c>Left</c> (quote for a buy, base for a sell) locked; status goes open → closed|cancelled once.
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

    /// <summary>A market order whose remainder a PartialFill fault left open, its funds locked.</summary>
    public bool IsRestingMarket { get; private set; }

    /// <summary>When a resting market order's remainder fills from the book (a late rest fill); null: only a cancel ends it.</summary>
    public DateTimeOffset? RestFillAt { get; private set; }

    /// <summary>Whether fills of this order are paid from locked funds (a resting limit order, or a resting market remainder).</summary>
    public bool PaysFromLocked => Request.Type == "limit" || IsRestingMarket;

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

    /// <summary>Leaves the market order's remainder open with its funds locked, until a cancel or <paramref name="restFillAt"/>.</summary>
    public void Rest(DateTimeOffset? restFillAt)
    {
        Account.Lock(IsBuy ? Pair.Quote : Pair.Base, Left);
        IsRestingMarket = true;
        RestFillAt = restFillAt;
    }

    /// <summary>Ends the order and releases what its remainder still locks.</summary>
    public void Finish(string status, string finishAs, DateTimeOffset now)
    {
        if (PaysFromLocked && Left > 0)
        {
            if (IsBuy)
            {
                // A market buy's Left is already quote; a limit buy's is base at its price.
                Account.Unlock(Pair.Quote, IsRestingMarket ? Left : Left * Request.Price);
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
