using System.Collections.Concurrent;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Regime;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// The live evaluation of a symbol: fetches closed candles, feeds the ones not seen yet to the
/// symbol's <see cref="SymbolDecider"/> and acts on its verdict through <see cref="ActAsync"/> — the
/// same decision core and the same action path a backtest drives candle by candle. The first
/// evaluation warms the strategy up on history and acts only on the latest candle; later ones feed
/// every candle closed since (so a cross is never skipped) and act on the latest trade verdict among
/// them. No decision is taken twice on the same candle. Entries are refused while an order of the
/// symbol is unresolved, so an ambiguous send can never be followed by a second position.
/// </summary>
public sealed class TradingCycle(
    IMarketData marketData,
    ITradingStore store,
    DeciderBook deciders,
    RiskManager riskManager,
    RiskSnapshotBuilder riskSnapshots,
    ExecuteTrade executeTrade,
    HigherTimeframeFeed higherTimeframes,
    EntrySizing sizing,
    RegimeGate regime,
    Exits.ExchangeStopKeeper exchangeStops,
    IEventBus bus,
    TimeProvider time,
    Telemetry.BotMetrics? metrics = null)
{
    private static readonly HashSet<string> BudgetRules = new(StringComparer.Ordinal)
    {
        "daily_loss", "max_orders_per_day", "max_turnover_per_day",
    };

    private readonly ConcurrentDictionary<Symbol, DateTimeOffset> _lastEvaluatedCandle = new();
    private readonly ConcurrentDictionary<Symbol, EntryGateStatus> _entryStatus = new();

    /// <summary>The entry gate of <paramref name="symbol"/> as of its last evaluation; null before the first.</summary>
    public EntryGateStatus? EntryStatus(Symbol symbol) => _entryStatus.TryGetValue(symbol, out var status) ? status : null;

    /// <summary>The macro regime filter as of its last check (it is shared by every symbol).</summary>
    public RegimeStatus RegimeStatus => regime.Status;

    /// <summary>
    /// Settlement changed orders outside a cycle (fills listed late, an unknown outcome resolved): the decider mirrors
    /// the position again, so that the bot's stops and the exchange stop guard what those fills hold (or stand down
    /// when they emptied it). A decider not made yet reads the store when it is.
    /// </summary>
    public async Task OrdersSettledAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var (decider, isNew) = await deciders.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!isNew)
        {
            await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// An operator's order (<c>POST /orders</c>): a buy of the plan's entry size through the same checks as a strategy's
    /// entry (earlier outcomes resolved, regime, sizing, risk), or a sale of the whole position after the exchange stop
    /// stood down. <paramref name="operatorKey"/> is the operator's idempotency key: when it already made an order, that
    /// order is returned as it is now and nothing is sent.
    /// </summary>
    public async Task<CycleDecision> OperatorTradeAsync(
        Symbol symbol, TradingPlan plan, OrderSide side, string operatorKey, bool entriesAllowed, string traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var clientOrderId = IntentKey.ClientOrderIdFor(IntentKey.ForOperator(symbol, side, TradeIntents.Manual, operatorKey));
        var earlier = await store.GetOrderAsync(clientOrderId, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return new CycleDecision(now, "duplicate", "this key was used before: its order as it is now, nothing sent", [], new TradeOutcome(TradeOutcomeKind.Duplicate, earlier, null));
        }

        var ticker = await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return CycleDecision.Hold(now, $"no price: {ticker.Error.Message}");
        }

        var (decider, _) = await deciders.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        var decision = side == OrderSide.Buy
            ? new TradingDecision(DecisionKind.Enter, TradeIntents.Manual, 1d, "operator order")
            : new TradingDecision(DecisionKind.Exit, TradeIntents.Manual, -1d, "operator order");
        return await ActAsync(decider, decision, ticker.Value, plan, entriesAllowed, traceId, cancellationToken, operatorKey).ConfigureAwait(false);
    }

    public async Task<CycleDecision> EvaluateAsync(Symbol symbol, TradingPlan plan, bool entriesAllowed, string traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ticker = await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return CycleDecision.Hold(now, $"no price: {ticker.Error.Message}");
        }

        metrics?.PriceSeen(symbol, ticker.Value.Bid);
        var candles = await marketData.GetClosedCandlesAsync(symbol, plan.Timeframe, plan.CandleLookback, cancellationToken).ConfigureAwait(false);
        if (!candles.IsSuccess)
        {
            return CycleDecision.Hold(now, $"no candles: {candles.Error.Message}");
        }

        var (decider, _) = await deciders.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!HasNewCandle(symbol, candles.Value))
        {
            return CycleDecision.Hold(now, "no new closed candle since the last evaluation");
        }

        await higherTimeframes.RefreshAsync(decider, candles.Value[^1].OpenTime + plan.Timeframe.Duration, cancellationToken).ConfigureAwait(false);
        var decision = Feed(decider, candles.Value);
        _entryStatus[symbol] = EntryGateStatus.Of(decider.Gate);

        // Every evaluation keeps the regime current (its sources are read only when due), so the status and
        // regime.changed follow the macro picture even while no buy is due.
        await regime.CheckAsync(traceId, cancellationToken).ConfigureAwait(false);

        await deciders.PersistIfMovedAsync(decider, cancellationToken).ConfigureAwait(false);
        return await ActAsync(decider, decision, ticker.Value, plan, entriesAllowed, traceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Carries out a decider's verdict: an exit sells the whole position; an entry passes the unresolved-order
    /// check and the risk manager, then buys. The decider is restored from storage after any trade.
    /// A <see cref="ValueTask{TResult}"/>: a backtest calls this for every trade and it completes synchronously there.
    /// </summary>
    public async ValueTask<CycleDecision> ActAsync(
        SymbolDecider decider,
        TradingDecision decision,
        Ticker ticker,
        TradingPlan plan,
        bool entriesAllowed,
        string traceId,
        CancellationToken cancellationToken,
        string? operatorKey = null)
    {
        var now = time.GetUtcNow();
        var symbol = decider.Symbol;
        switch (decision.Kind)
        {
            case DecisionKind.Exit when !await exchangeStops.StandDownAsync(symbol, traceId, cancellationToken).ConfigureAwait(false):
                await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
                return CycleDecision.Hold(now, $"{decision.Reason}; not sold: the exchange-side stop fired or could not be taken off first");

            case DecisionKind.Exit:
                var sell = await executeTrade.ExecuteAsync(TradeRequest.SellAll(symbol, ticker.Bid, decision.Intent, traceId, operatorKey), cancellationToken)
                    .ConfigureAwait(false);
                await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
                return new CycleDecision(now, decision.Intent == TradeIntents.ExitSignal ? "sell" : decision.Intent, decision.Reason, [], sell);

            case DecisionKind.Enter when !entriesAllowed:
                return CycleDecision.Hold(now, $"paused; ignored buy signal: {decision.Reason}");

            case DecisionKind.Enter:
                return await EnterAsync(decider, decision, ticker, plan, traceId, operatorKey, cancellationToken).ConfigureAwait(false);

            case DecisionKind.Filtered:
                return new CycleDecision(now, "filtered", $"buy signal held back: {decision.Reason}", [], null);

            default:
                return CycleDecision.Hold(now, decider.InPosition ? $"in position; {decision.Reason}" : decision.Reason);
        }
    }

    private async ValueTask<CycleDecision> EnterAsync(
        SymbolDecider decider, TradingDecision decision, Ticker ticker, TradingPlan plan, string traceId, string? operatorKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var symbol = decider.Symbol;
        var unresolved = await store.GetActiveOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (unresolved.Any(o => o.Status is OrderStatus.Pending or OrderStatus.Unknown))
        {
            return CycleDecision.Hold(now, "an earlier order's outcome is still unknown; waiting for settlement");
        }

        // The regime is asked only when a buy is due: it may read its macro sources, which a hold never needs.
        var regimeCheck = await regime.CheckAsync(traceId, cancellationToken).ConfigureAwait(false);
        if (regimeCheck.HoldsBack)
        {
            return new CycleDecision(now, "filtered", $"buy signal held back: {regimeCheck.Reason}", [], null);
        }

        var size = await sizing.SizeAsync(decider, ticker, plan, regimeCheck.SizeMultiplier, cancellationToken).ConfigureAwait(false);
        if (!size.Enters)
        {
            return CycleDecision.Hold(now, $"no entry: {size.Reason}");
        }

        var reason = regimeCheck.SizeMultiplier == 1m
            ? decision.Reason
            : FormattableString.Invariant($"{decision.Reason}; size x{regimeCheck.SizeMultiplier} ({regimeCheck.Reason})");

        var price = ticker.Ask;
        var amount = size.Quote;
        var proposed = new ProposedTrade(symbol, OrderSide.Buy, amount, price > 0 ? amount / price : 0m, price);
        // With every rule disabled the manager can only allow, so the snapshot's reads are skipped.
        var risk = RiskDecision.AllowedUnderNoLimits;
        if (plan.Limits != RiskLimits.None)
        {
            var snapshot = await riskSnapshots.BuildAsync(symbol, ticker, plan, now, cancellationToken).ConfigureAwait(false);
            metrics?.DailyLoss(snapshot.RealizedPnlTodayQuote, plan.Limits.DailyLossLimitQuote);
            metrics?.LimitUsage(snapshot, plan.Limits, now);
            risk = riskManager.Evaluate(proposed, snapshot, plan.Limits, now);
        }

        if (!risk.Ok)
        {
            foreach (var violation in risk.Reasons)
            {
                metrics?.RiskBlocked(violation.Rule);
            }

            await PublishBlockedAsync(proposed, risk, traceId, now, cancellationToken).ConfigureAwait(false);
            return new CycleDecision(now, "blocked", reason, risk.Reasons.Select(r => $"{r.Rule}: {r.Reason}").ToArray(), null);
        }

        var buy = await executeTrade.ExecuteAsync(TradeRequest.Buy(symbol, amount, price, decision.Intent, traceId, operatorKey), cancellationToken)
            .ConfigureAwait(false);
        await deciders.RestoreAsync(decider, cancellationToken).ConfigureAwait(false);
        return new CycleDecision(now, "buy", reason, [], buy);
    }

    private bool HasNewCandle(Symbol symbol, IReadOnlyList<Candle> candles) =>
        candles.Count > 0 && (!_lastEvaluatedCandle.TryGetValue(symbol, out var seen) || candles[^1].OpenTime > seen);

    /// <summary>
    /// Feeds the candles the decider has not seen (at least one, see <see cref="HasNewCandle"/>): the first time
    /// all but the latest warm it up. Returns the latest trade verdict among them unless the entry gate refused a
    /// later buy, else the latest verdict.
    /// </summary>
    private TradingDecision Feed(SymbolDecider decider, IReadOnlyList<Candle> candles)
    {
        var symbol = decider.Symbol;
        var warmingUp = !_lastEvaluatedCandle.TryGetValue(symbol, out var seen);
        _lastEvaluatedCandle[symbol] = candles[^1].OpenTime;
        if (warmingUp)
        {
            for (var i = 0; i < candles.Count - 1; i++)
            {
                decider.WarmUp(candles[i]);
            }

            return decider.OnCandle(candles[^1]);
        }

        TradingDecision? latest = null;
        foreach (var candle in candles)
        {
            if (candle.OpenTime <= seen)
            {
                continue;
            }

            var decision = decider.OnCandle(candle);
            // A later gate refusal (the trend went stale or down) overrides an earlier entry: act on the latest knowledge.
            if (latest is not { IsTrade: true } || decision.IsTrade || decision.Kind == DecisionKind.Filtered)
            {
                latest = decision;
            }
        }

        return latest ?? TradingDecision.None("no new closed candle");
    }

    private async Task PublishBlockedAsync(ProposedTrade trade, RiskDecision decision, string traceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payload = new RiskBlockedPayload(
            trade.Symbol.ToString(), "buy", trade.QuoteAmount,
            decision.Reasons.Select(r => r.Rule).ToArray(), decision.Reasons.Select(r => r.Reason).ToArray());
        var json = EventJson.Serialize(payload);
        var symbol = trade.Symbol.ToString();
        await bus.PublishAsync(new BusEvent(EventTopics.RiskBlocked, json, now, symbol, traceId), cancellationToken).ConfigureAwait(false);
        if (decision.Reasons.Any(r => BudgetRules.Contains(r.Rule)))
        {
            await bus.PublishAsync(new BusEvent(EventTopics.BudgetExceeded, json, now, symbol, traceId), cancellationToken).ConfigureAwait(false);
        }
    }
}
