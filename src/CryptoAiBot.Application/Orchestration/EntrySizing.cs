using System.Globalization;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Sizing;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// Sizes an entry with the plan's <see cref="IPositionSizer"/> (<c>POSITION_SIZER</c>) from what the broker
/// says is free, the account's equity at the bid, the trading-timeframe ATR, the room left under the
/// max-position limit and the instrument's minimum order. The sizer caps by the free balance and the
/// limit; the risk manager and the instrument rules then judge the amount like any other.
/// </summary>
public sealed class EntrySizing(IBroker broker, PositionBook positions)
{
    // The plan's fixed sizer when it has no other, kept while the amount stays: it would be made anew for every entry.
    private FixedQuoteSizer? _fixed;

    /// <summary>
    /// The entry amount, the sizer's times <paramref name="multiplier"/> (below 1 in a risk-off regime that scales
    /// rather than blocks); a <see cref="ValueTask{TResult}"/> as it runs before every entry of a backtest.
    /// </summary>
    public async ValueTask<EntrySize> SizeAsync(SymbolDecider decider, Ticker ticker, TradingPlan plan, decimal multiplier, CancellationToken cancellationToken)
    {
        var sizer = plan.Sizer ?? FixedSizer(plan);
        var symbol = decider.Symbol;
        var balances = await broker.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            return new EntrySize(0m, sizer.Name, $"balances unavailable: {balances.Error.Message}");
        }

        var position = await positions.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        var room = RoomUnderLimit(plan.Limits.MaxPositionBase, position.Quantity);
        if (room < 0m)
        {
            return new EntrySize(0m, sizer.Name, "the position is at its max_position limit");
        }

        var rules = await broker.GetInstrumentRulesAsync(symbol, cancellationToken).ConfigureAwait(false);
        var minQuote = rules.IsSuccess ? Math.Max(rules.Value.MinQuoteAmount, rules.Value.MinBaseAmount * ticker.Ask) : 0m;
        var (freeQuote, equity) = AccountValue.Of(balances.Value, symbol, position.Quantity, ticker.Bid);
        var context = new SizingContext(freeQuote, equity, ticker.Ask, decider.Gate.Atr, room, minQuote);
        var quote = sizer.QuoteAmount(context);
        if (multiplier != 1m && quote > 0m)
        {
            quote *= multiplier;
            if (quote < minQuote || quote <= 0m)
            {
                return new EntrySize(0m, sizer.Name, string.Create(
                    CultureInfo.InvariantCulture, $"x{multiplier} for the regime leaves {quote} {symbol.Quote}, below the minimum order {minQuote} {symbol.Quote}"));
            }
        }

        return quote > 0m
            ? new EntrySize(quote, sizer.Name, "")
            : new EntrySize(0m, sizer.Name, string.Create(
                CultureInfo.InvariantCulture,
                $"sizer {sizer.Name} gives no amount (free {freeQuote} {symbol.Quote}, equity {equity:0.##}, minimum order {minQuote} {symbol.Quote}, ATR {context.Atr:G6})"));
    }

    /// <summary>The same sizer as <see cref="TradingPlan.SizerOrFixed"/> without a plan sizer, reused while the amount is the same.</summary>
    private FixedQuoteSizer FixedSizer(TradingPlan plan)
    {
        var cached = _fixed;
        // The scale counts too: 1000 and 1000.00 are equal but print differently in what the order records.
        if (cached is null || cached.Amount != plan.EntryQuoteAmount || cached.Amount.Scale != plan.EntryQuoteAmount.Scale)
        {
            cached = new FixedQuoteSizer(plan.EntryQuoteAmount);
            _fixed = cached;
        }

        return cached;
    }

    /// <summary>Base quantity the position may still grow by: 0 = no limit, negative = at or over the limit.</summary>
    private static decimal RoomUnderLimit(decimal maxPositionBase, decimal held)
    {
        if (maxPositionBase <= 0m)
        {
            return 0m;
        }

        var room = maxPositionBase - held;
        return room > 0m ? room : -1m;
    }
}
