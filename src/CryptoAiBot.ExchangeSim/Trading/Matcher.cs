using System.Globalization;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// Turns orders into fills. A taker walks the book level by level (partial fills across levels, each its own
/// trade at the level's price); a resting limit order fills whole, as maker at its own price, once the last
/// price reaches it. Every fill moves balances exactly: what was paid leaves (locked funds for a resting order,
/// with any price improvement refunded), what was bought arrives minus a coin fee.
/// </summary>
internal sealed class Matcher(FeePolicy fees, IdSequence ids, List<SimTrade> trades)
{
    /// <summary><see cref="Left"/> is in the order's amount unit; <see cref="BookExhausted"/> when liquidity, not the order, ran out.</summary>
    public readonly record struct Walk(decimal Left, bool BookExhausted);

    /// <summary>
    /// Walks the book for <paramref name="order"/>; with <paramref name="apply"/> false it only tells what would fill (for FOK).
    /// <paramref name="budget"/> caps what this walk may use of <c>Left</c> (a PartialFill fault); the answer's
    /// <see cref="Walk.Left"/> is then what is left of the budget.
    /// </summary>
    public Walk Take(SpotOrder order, PairMarket market, DateTimeOffset now, bool apply, decimal? budget = null)
    {
        var left = budget is { } cap ? Math.Min(cap, order.Left) : order.Left;
        var request = order.Request;
        var levels = order.IsBuy ? market.Book.Asks : market.Book.Bids;
        foreach (var level in levels.ToList())
        {
            if (request.Type == "limit" && (order.IsBuy ? level.Price > request.Price : level.Price < request.Price))
            {
                return new Walk(left, false);
            }

            // A market buy spends quote, but only whole base lots: the last few quote units may be dust that buys nothing.
            var amount = order.IsMarketBuy
                ? Math.Min(level.Amount, Precision.Floor(left / level.Price, order.Pair.AmountPrecision))
                : Math.Min(level.Amount, left);
            if (amount <= 0)
            {
                return new Walk(left, false);
            }

            left -= order.IsMarketBuy ? amount * level.Price : amount;
            if (apply)
            {
                Fill(order, amount, level.Price, maker: false, now);
                market.Book.Take(level, amount, now);
            }

            if (left == 0)
            {
                return new Walk(0m, false);
            }
        }

        return new Walk(left, left > 0);
    }

    /// <summary>Fills every resting order of the pair that the last price reached; returns them.</summary>
    public IReadOnlyList<SpotOrder> FillResting(PairMarket market, IEnumerable<SpotOrder> openOrders, DateTimeOffset now)
    {
        var filled = new List<SpotOrder>();
        // A resting market remainder (PartialFill fault) has no price of its own: only its late rest fill ends it.
        foreach (var order in openOrders.Where(o => o.Pair.Id == market.Rules.Id && o.Request.Type == "limit").ToList())
        {
            var price = order.Request.Price;
            if (order.IsBuy ? market.Last <= price : market.Last >= price)
            {
                Fill(order, order.Left, price, maker: true, now);
                order.Finish("closed", "filled", now);
                filled.Add(order);
            }
        }

        return filled;
    }

    private void Fill(SpotOrder order, decimal amount, decimal price, bool maker, DateTimeOffset now)
    {
        var account = order.Account;
        var pair = order.Pair;
        var quote = amount * price;
        var limit = order.Request.Type == "limit";
        if (order.IsBuy && order.IsRestingMarket)
        {
            account.SpendLocked(pair.Quote, quote);
        }
        else if (order.IsRestingMarket)
        {
            account.SpendLocked(pair.Base, amount);
        }
        else if (order.IsBuy && limit)
        {
            account.SpendLocked(pair.Quote, amount * order.Request.Price);
            if (order.Request.Price != price)
            {
                account.Credit(pair.Quote, amount * (order.Request.Price - price));
            }
        }
        else if (order.IsBuy)
        {
            account.Debit(pair.Quote, quote);
        }
        else if (limit)
        {
            account.SpendLocked(pair.Base, amount);
        }
        else
        {
            account.Debit(pair.Base, amount);
        }

        var fee = fees.Charge(order, amount, price, maker);
        account.Credit(order.ReceivedCurrency, (order.IsBuy ? amount : quote) - fee.Fee);
        order.Filled(amount, price, fee, now);
        trades.Add(new SimTrade(
            ids.NextTrade().ToString(CultureInfo.InvariantCulture),
            order.Id.ToString(CultureInfo.InvariantCulture),
            order.Request.Text,
            account.Key,
            pair.Id,
            order.Request.Side,
            maker ? "maker" : "taker",
            amount,
            price,
            fee.Fee,
            order.ReceivedCurrency,
            fee.PointFee,
            fee.GtFee,
            now,
            ids.NextSequence()));
    }
}
