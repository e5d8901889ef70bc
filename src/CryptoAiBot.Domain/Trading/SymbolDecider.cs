using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Domain.Trading;

/// <summary>
/// The per-candle decision core of one symbol, shared by live, paper and backtest: feeds each closed
/// candle to the strategy, keeps the protective stops of an open position (hard stop below entry,
/// trailing stop below the high-water mark) and says whether to enter, exit or do nothing.
/// <para>
/// Invariants: <see cref="OnCandle"/> and <see cref="OnPrice"/> are O(1) and allocate nothing; stops are
/// checked before the strategy's sell, so a stop is never masked by a signal; entries are proposed only
/// while flat. The decider never trades: the caller executes the decision and then tells the decider
/// what the position became (<see cref="Restore"/>). One writer per symbol.
/// </para>
/// A strategy's buy passes the <see cref="EntryGate"/> (AI fusion, trend filter) before it becomes an entry;
/// the gate observes every candle, warm-up included, so its higher timeframes are current when a buy comes.
/// </summary>
public sealed class SymbolDecider(Symbol symbol, IStrategy strategy, decimal stopLossPct, decimal trailingPct, EntryGate gate)
{
    public SymbolDecider(Symbol symbol, IStrategy strategy, decimal stopLossPct, decimal trailingPct)
        : this(symbol, strategy, stopLossPct, trailingPct, EntryGate.Open(Timeframe.M15))
    {
    }

    public const string StopLossReason = "price reached the hard stop";
    public const string TrailingStopReason = "price fell below the trailing stop";

    // The stop levels of the open position, recomputed only when the entry or the high-water mark moves.
    private decimal? _stop;
    private decimal? _trail;

    public Symbol Symbol => symbol;

    public IStrategy Strategy => strategy;

    public EntryGate Gate => gate;

    public bool InPosition { get; private set; }

    public decimal EntryPrice { get; private set; }

    public decimal HighestPrice { get; private set; }

    /// <summary>The hard stop while in position, or null (flat or disabled).</summary>
    public decimal? StopPrice => InPosition ? _stop : null;

    /// <summary>The trailing stop while in position, or null (flat or disabled).</summary>
    public decimal? TrailingStopPrice => InPosition ? _trail : null;

    /// <summary>True once the high-water mark rose since the last <see cref="Snapshot"/>: time to persist it.</summary>
    public bool ExitMoved { get; private set; }

    public DateTimeOffset ArmedAt { get; private set; }

    /// <summary>Feeds a historical candle to the strategy and the entry gate only (warm-up before trading starts).</summary>
    public void WarmUp(in Candle candle)
    {
        strategy.OnCandle(candle);
        gate.Observe(candle);
    }

    /// <summary>The verdict as of the close of <paramref name="candle"/>: stops on the close first, then the strategy.</summary>
    public TradingDecision OnCandle(in Candle candle)
    {
        var signal = strategy.OnCandle(candle);
        gate.Observe(candle);
        if (InPosition)
        {
            var stop = OnPrice(candle.Close);
            if (stop.IsTrade)
            {
                return stop;
            }

            return signal.Action == SignalAction.Sell
                ? new TradingDecision(DecisionKind.Exit, TradeIntents.ExitSignal, signal.Score, signal.Reason)
                : TradingDecision.None(signal);
        }

        return signal.Action == SignalAction.Buy ? gate.Judge(signal) : TradingDecision.None(signal);
    }

    /// <summary>Raises the high-water mark with <paramref name="price"/> and checks the stops against it.</summary>
    public TradingDecision OnPrice(decimal price)
    {
        if (!InPosition)
        {
            return TradingDecision.None("flat");
        }

        if (price > HighestPrice)
        {
            HighestPrice = price;
            _trail = StopLevels.TrailingStopPrice(price, trailingPct);
            ExitMoved = true;
        }

        // StopLevels.Check on the cached levels: the decimal division runs when a level moves, not every candle.
        if (price > 0m && _stop is { } stop && price <= stop)
        {
            return new TradingDecision(DecisionKind.Exit, TradeIntents.StopLoss, -1d, StopLossReason);
        }

        return price > 0m && _trail is { } trail && price <= trail
            ? new TradingDecision(DecisionKind.Exit, TradeIntents.TrailingStop, -1d, TrailingStopReason)
            : TradingDecision.None("stops not reached");
    }

    /// <summary>
    /// Sets the position state after a trade or at start: the stored protective exit when there is one,
    /// otherwise stops armed at the average entry of an open position.
    /// </summary>
    public void Restore(ProtectiveExit? exit, bool inPosition, decimal averageEntryPrice, DateTimeOffset now)
    {
        InPosition = inPosition;
        ExitMoved = false;
        if (!inPosition)
        {
            EntryPrice = HighestPrice = 0m;
            _stop = _trail = null;
            return;
        }

        EntryPrice = exit?.EntryPrice ?? averageEntryPrice;
        HighestPrice = Math.Max(exit?.HighestPrice ?? 0m, EntryPrice);
        ArmedAt = exit?.ArmedAt ?? now;
        _stop = StopLevels.StopPrice(EntryPrice, stopLossPct);
        _trail = StopLevels.TrailingStopPrice(HighestPrice, trailingPct);
    }

    /// <summary>The stops to persist (allocates: call only when <see cref="ExitMoved"/>).</summary>
    public ProtectiveExit? Snapshot(DateTimeOffset now)
    {
        ExitMoved = false;
        return InPosition ? new ProtectiveExit(symbol, EntryPrice, stopLossPct, trailingPct, HighestPrice, ArmedAt, now) : null;
    }
}
