using System.Collections.Concurrent;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// One evaluation of a symbol: candles → strategy signal → risk → execution. The same code runs in
/// backtest, paper and live; only the ports differ. Entries are refused while an order of the symbol
/// is unresolved, so an ambiguous send can never be followed by a second position.
/// The symbol's strategy sees every closed candle exactly once, oldest first, whatever the evaluation
/// interval: the first evaluation warms it up on history and acts only on the latest candle; later
/// ones feed the candles closed since (so a cross is never skipped, as in a backtest) and act on the
/// latest non-hold verdict among them. No decision is taken twice on the same candle.
/// </summary>
public sealed class TradingCycle(
    IMarketData marketData,
    ITradingStore store,
    PositionBook positions,
    StrategyFactory strategies,
    RiskManager riskManager,
    RiskSnapshotBuilder riskSnapshots,
    ExecuteTrade executeTrade,
    IEventBus bus,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<Symbol, DateTimeOffset> _lastEvaluatedCandle = new();
    private readonly ConcurrentDictionary<Symbol, IStrategy> _strategies = new();

    private static readonly HashSet<string> BudgetRules = new(StringComparer.Ordinal)
    {
        "daily_loss", "max_orders_per_day", "max_turnover_per_day",
    };

    public async Task<CycleDecision> EvaluateAsync(Symbol symbol, TradingPlan plan, bool entriesAllowed, string traceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ticker = await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return CycleDecision.Hold(now, $"no price: {ticker.Error.Message}");
        }

        var candles = await marketData.GetClosedCandlesAsync(symbol, plan.Timeframe, plan.CandleLookback, cancellationToken).ConfigureAwait(false);
        if (!candles.IsSuccess)
        {
            return CycleDecision.Hold(now, $"no candles: {candles.Error.Message}");
        }

        if (LatestSignal(symbol, candles.Value) is not { } signal)
        {
            return CycleDecision.Hold(now, "no new closed candle since the last evaluation");
        }

        var position = await positions.GetAsync(symbol, cancellationToken).ConfigureAwait(false);

        if (signal.Action == SignalAction.Sell && !position.IsFlat)
        {
            var sell = await executeTrade.ExecuteAsync(
                TradeRequest.SellAll(symbol, ticker.Value.Bid, TradeIntents.ExitSignal, traceId), cancellationToken).ConfigureAwait(false);
            return new CycleDecision(now, "sell", signal.Reason, [], sell);
        }

        if (signal.Action != SignalAction.Buy || !position.IsFlat)
        {
            return CycleDecision.Hold(now, position.IsFlat ? signal.Reason : $"in position; {signal.Reason}");
        }

        if (!entriesAllowed)
        {
            return CycleDecision.Hold(now, $"paused; ignored buy signal: {signal.Reason}");
        }

        var unresolved = await store.GetActiveOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (unresolved.Any(o => o.Status is OrderStatus.Pending or OrderStatus.Unknown))
        {
            return CycleDecision.Hold(now, "an earlier order's outcome is still unknown; waiting for settlement");
        }

        var price = ticker.Value.Ask;
        var proposed = new ProposedTrade(symbol, OrderSide.Buy, plan.EntryQuoteAmount, price > 0 ? plan.EntryQuoteAmount / price : 0m, price);
        var snapshot = await riskSnapshots.BuildAsync(symbol, ticker.Value, plan, now, cancellationToken).ConfigureAwait(false);
        var decision = riskManager.Evaluate(proposed, snapshot, plan.Limits, now);
        if (!decision.Ok)
        {
            await PublishBlockedAsync(proposed, decision, traceId, now, cancellationToken).ConfigureAwait(false);
            return new CycleDecision(now, "blocked", signal.Reason, decision.Reasons.Select(r => $"{r.Rule}: {r.Reason}").ToArray(), null);
        }

        var buy = await executeTrade.ExecuteAsync(
            TradeRequest.Buy(symbol, plan.EntryQuoteAmount, price, TradeIntents.Entry, traceId), cancellationToken).ConfigureAwait(false);
        return new CycleDecision(now, "buy", signal.Reason, [], buy);
    }

    /// <summary>The verdict over the candles not yet fed to the symbol's strategy; null when none closed.</summary>
    private StrategySignal? LatestSignal(Symbol symbol, IReadOnlyList<Candle> candles)
    {
        if (candles.Count == 0)
        {
            return null;
        }

        var strategy = _strategies.GetOrAdd(symbol, s => strategies(s));
        var warmingUp = !_lastEvaluatedCandle.TryGetValue(symbol, out var seen);
        if (!warmingUp && candles[^1].OpenTime <= seen)
        {
            return null;
        }

        _lastEvaluatedCandle[symbol] = candles[^1].OpenTime;
        StrategySignal? latest = null;
        foreach (var candle in candles)
        {
            if (!warmingUp && candle.OpenTime <= seen)
            {
                continue;
            }

            var signal = strategy.OnCandle(candle);
            if (latest is null || warmingUp || signal.Action != SignalAction.Hold)
            {
                latest = signal;
            }
        }

        return latest;
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
