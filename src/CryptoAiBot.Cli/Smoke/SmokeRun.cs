using CryptoAiBot.Application;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.Cli.Smoke;

/// <summary>
/// One full trading cycle through the production composition on an in-memory database: market data →
/// strategy signal → risk → execute on paper (and the same intent again, which must send nothing) →
/// protective exit → exit sale → reconciliation → outbox. Stops at the first failing step.
/// </summary>
public sealed class SmokeRun(IServiceProvider services)
{
    private readonly List<SmokeStep> _steps = [];

    public IReadOnlyList<SmokeStep> Steps => _steps;

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<ApplicationOptions>();
        var symbol = options.Symbols[0];
        var plan = options.Plan;
        var marketData = services.GetRequiredService<IMarketData>();
        var store = services.GetRequiredService<ITradingStore>();
        var bus = services.GetRequiredService<IEventBus>();
        var seen = new List<string>();
        using var subscription = bus.Subscribe(EventTopics.All, (e, _) => { lock (seen) { seen.Add(e.Topic); } return ValueTask.CompletedTask; });

        var ticker = await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        var candles = await marketData.GetClosedCandlesAsync(symbol, plan.Timeframe, plan.CandleLookback, cancellationToken).ConfigureAwait(false);
        if (!Step("market data", ticker.IsSuccess && candles.IsSuccess && candles.Value.Count > 0,
                ticker.IsSuccess && candles.IsSuccess ? $"{symbol} bid {ticker.Value.Bid} ask {ticker.Value.Ask}, {candles.Value.Count} closed candles" : "no prices"))
        {
            return false;
        }

        var strategy = services.GetRequiredService<StrategyFactory>()(symbol);
        var signal = default(StrategySignal);
        foreach (var candle in candles.Value)
        {
            signal = strategy.OnCandle(candle);
        }

        Step("signal", true, $"{signal.Strategy}: {signal.Action} (score {signal.Score:0.###}) — {signal.Reason}");

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var snapshot = await services.GetRequiredService<RiskSnapshotBuilder>().BuildAsync(symbol, ticker.Value, plan, now, cancellationToken).ConfigureAwait(false);
        var proposed = new ProposedTrade(symbol, OrderSide.Buy, plan.EntryQuoteAmount, plan.EntryQuoteAmount / ticker.Value.Ask, ticker.Value.Ask);
        var decision = services.GetRequiredService<RiskManager>().Evaluate(proposed, snapshot, plan.Limits, now);
        if (!Step("risk", decision.Ok, decision.Ok ? $"buy of {plan.EntryQuoteAmount} {symbol.Quote} allowed by {RiskManager.AllRules().Count} rules" : string.Join("; ", decision.Reasons.Select(r => r.Reason))))
        {
            return false;
        }

        var execute = services.GetRequiredService<ExecuteTrade>();
        var buy = await execute.ExecuteAsync(TradeRequest.Buy(symbol, plan.EntryQuoteAmount, ticker.Value.Ask, "smoke_entry"), cancellationToken).ConfigureAwait(false);
        if (!Step("execute", buy is { Kind: TradeOutcomeKind.Executed, Order.Status: OrderStatus.Filled },
                buy.Order is { } o ? $"bought {o.FilledBase} {symbol.Base} at {o.AveragePrice:0.########} ({o.ClientOrderId})" : buy.Error?.Message ?? "no order"))
        {
            return false;
        }

        var again = await execute.ExecuteAsync(TradeRequest.Buy(symbol, plan.EntryQuoteAmount, ticker.Value.Ask, "smoke_entry"), cancellationToken).ConfigureAwait(false);
        if (!Step("idempotency", again.Kind == TradeOutcomeKind.Duplicate && again.Order?.ClientOrderId == buy.Order!.ClientOrderId,
                $"same intent again: {again.Kind}, nothing sent"))
        {
            return false;
        }

        var exit = await store.GetProtectiveExitAsync(symbol, cancellationToken).ConfigureAwait(false);
        var fired = await services.GetRequiredService<CheckProtectiveExits>().CheckAsync(symbol, "smoke", cancellationToken).ConfigureAwait(false);
        var sell = fired ?? await execute.ExecuteAsync(TradeRequest.SellAll(symbol, ticker.Value.Bid, "smoke_exit"), cancellationToken).ConfigureAwait(false);
        if (!Step("exits", exit is not null && sell.Order?.Status == OrderStatus.Filled,
                exit is null ? "no protective exit armed after the buy"
                    : $"stop {exit.StopPrice:0.##}, trailing {exit.TrailingStopPrice:0.##}; sold {sell.Order?.FilledBase} at {sell.Order?.AveragePrice:0.########}"))
        {
            return false;
        }

        var reconciled = await services.GetRequiredService<ReconcileAccount>().ReconcileAsync(symbol, plan.DustQuantity, "smoke", cancellationToken).ConfigureAwait(false);
        if (!Step("reconcile", reconciled.IsSuccess && reconciled.Value.Completed && reconciled.Value.After.Pause is null,
                reconciled.IsSuccess
                    ? $"local {reconciled.Value.After.Drift.Local} vs exchange {reconciled.Value.After.Drift.Exchange} {symbol.Base}; {reconciled.Value.FillsApplied} missed fill(s) applied"
                    : reconciled.Error.Message))
        {
            return false;
        }

        var published = await services.GetRequiredService<OutboxPublisher>().PublishPendingAsync(cancellationToken).ConfigureAwait(false);
        return Step("events", published >= 4, $"{published} outbox events published after commit");
    }

    private bool Step(string name, bool passed, string detail)
    {
        _steps.Add(new SmokeStep(name, passed, detail));
        return passed;
    }
}
