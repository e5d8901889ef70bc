using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Execution;

/// <summary>
/// The only code that places orders. Invariants:
/// <list type="number">
/// <item>An intent's idempotency key (symbol, side, intent, time bucket) and its pending order are stored
/// <b>before</b> the broker is called; the client order id is derived from the key.</item>
/// <item>The same intent again sends nothing and returns the first outcome — in this process or after a
/// restart over the same database.</item>
/// <item>When the broker throws or answers ambiguously after the key was stored, the order becomes
/// <see cref="OrderStatus.Unknown"/>; settlement resolves it by asking the exchange, never by sending again.</item>
/// <item>The order, its fills, the position and the events they cause commit in one transaction; events
/// are published only after that commit.</item>
/// </list>
/// Once the request is on its way, shutdown does not interrupt it: the send and the write of its
/// outcome run to completion so that no order is left half-recorded.
/// </summary>
public sealed class ExecuteTrade(
    ITradingStore store,
    IBroker broker,
    PositionBook positions,
    TradeRecorder recorder,
    IOutboxSignal outbox,
    ExecutionPolicy policy,
    TimeProvider time,
    ILogger<ExecuteTrade> logger,
    Telemetry.BotMetrics? metrics = null)
{
    /// <summary>
    /// Places the request unless its intent was handled already. A <see cref="ValueTask{TResult}"/>: with the paper
    /// broker and the in-memory store (a backtest, for every trade) it completes synchronously.
    /// </summary>
    public ValueTask<TradeOutcome> ExecuteAsync(TradeRequest request, CancellationToken cancellationToken)
    {
        var key = request.OperatorKey is { } operatorKey
            ? IntentKey.ForOperator(request.Symbol, request.Side, request.Intent, operatorKey)
            : IntentKey.For(request.Symbol, request.Side, request.Intent, time.GetUtcNow(), policy.Bucket);
        return ExecuteKeyedAsync(request, key, IntentKey.ClientOrderIdFor(key), sellBase: null, cancellationToken);
    }

    /// <summary>
    /// Places a follow-up order under an idempotency key and client order id the caller derived from an earlier order
    /// (settlement re-placing a cancelled remainder with the <c>-pf</c> suffix), so that a re-run or a restart finds it
    /// and sends nothing. Same guarantees as <see cref="ExecuteAsync"/>. A buy spends <see cref="TradeRequest.QuoteAmount"/>;
    /// a sell sells <paramref name="sellBase"/>, never more than the position.
    /// </summary>
    public ValueTask<TradeOutcome> ExecuteFollowUpAsync(
        TradeRequest request, string idempotencyKey, ClientOrderId clientOrderId, decimal? sellBase, CancellationToken cancellationToken) =>
        ExecuteKeyedAsync(request, idempotencyKey, clientOrderId, sellBase, cancellationToken);

    private async ValueTask<TradeOutcome> ExecuteKeyedAsync(
        TradeRequest request, string key, ClientOrderId clientOrderId, decimal? sellBase, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earlier = await store.GetOrderAsync(clientOrderId, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return Duplicate(key, earlier);
        }

        var rulesResult = await broker.GetInstrumentRulesAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        if (!rulesResult.IsSuccess)
        {
            return await RefusedAsync(request, rulesResult.Error, cancellationToken).ConfigureAwait(false);
        }

        var rules = rulesResult.Value;
        var amount = await SizeAsync(request, rules, sellBase, cancellationToken).ConfigureAwait(false);
        if (!amount.IsSuccess)
        {
            return await RefusedAsync(request, amount.Error, cancellationToken).ConfigureAwait(false);
        }

        var pending = new Order
        {
            ClientOrderId = clientOrderId,
            Symbol = request.Symbol,
            Side = request.Side,
            Intent = request.Intent,
            IdempotencyKey = key,
            RequestedQuote = request.Side == OrderSide.Buy ? amount.Value : 0m,
            RequestedBase = request.Side == OrderSide.Sell ? amount.Value : 0m,
            ReferencePrice = request.ReferencePrice,
            CreatedAt = now,
            UpdatedAt = now,
        };

        var claim = await store.ClaimIdempotencyKeyAsync(pending, now + policy.KeyTtl, cancellationToken).ConfigureAwait(false);
        if (!claim.Claimed)
        {
            var existing = claim.ExistingClientOrderId is { } id ? await store.GetOrderAsync(id, cancellationToken).ConfigureAwait(false) : null;
            return existing is null
                ? new TradeOutcome(TradeOutcomeKind.Duplicate, null, new Error(ErrorCode.Duplicate, $"Intent {key} is already being handled."))
                : Duplicate(key, existing);
        }

        // From here the request may reach the exchange: shutdown must not cut the send or its recording.
        var outcome = await SendAndRecordAsync(pending, amount.Value, request.TraceId, CancellationToken.None).ConfigureAwait(false);
        outbox.Notify();
        return outcome;
    }

    private async ValueTask<Result<decimal>> SizeAsync(TradeRequest request, InstrumentRules rules, decimal? sellBase, CancellationToken cancellationToken)
    {
        if (request.Side == OrderSide.Buy)
        {
            return rules.QuantizeBuyQuote(request.QuoteAmount);
        }

        var position = await positions.GetAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        return position.IsFlat
            ? new Error(ErrorCode.Validation, $"No {request.Symbol.Base} position to sell on {request.Symbol}.")
            : rules.QuantizeSellBase(sellBase is { } cap ? Math.Min(cap, position.Quantity) : position.Quantity, request.ReferencePrice);
    }

    private async ValueTask<TradeOutcome> SendAndRecordAsync(
        Order pending, decimal amount, string? traceId, CancellationToken cancellationToken)
    {
        // Guarded so that a disabled level (a backtest) does not format the arguments of every order.
        if (logger.IsEnabled(LogLevel.Information))
        {
            ExecutionLog.Sending(logger, pending.Side.ToString(), pending.Symbol.ToString(), pending.ClientOrderId.Value, amount, pending.Intent);
        }

        Result<BrokerOrder> sent;
        try
        {
            sent = pending.Side == OrderSide.Buy
                ? await broker.PlaceMarketBuyAsync(pending.Symbol, amount, pending.ClientOrderId, cancellationToken).ConfigureAwait(false)
                : await broker.PlaceMarketSellAsync(pending.Symbol, amount, pending.ClientOrderId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ExecutionLog.OutcomeUnknown(logger, pending.ClientOrderId.Value, ex);
            metrics?.OrderFailed(pending.Symbol, pending.Side, Telemetry.ErrorCodeLabels.Of(ErrorCode.Unknown));
            var unknown = await recorder.RecordFailureAsync(
                pending, OrderEvent.OutcomeUnknown, new Error(ErrorCode.Unknown, $"Broker call failed: {ex.GetType().Name}"), traceId, cancellationToken)
                .ConfigureAwait(false);
            return new TradeOutcome(TradeOutcomeKind.Unknown, unknown, new Error(ErrorCode.Unknown, "Outcome unknown; resolving from the exchange."));
        }

        if (!sent.IsSuccess)
        {
            var ambiguous = IsAmbiguous(sent.Error.Code);
            metrics?.OrderFailed(pending.Symbol, pending.Side, Telemetry.ErrorCodeLabels.Of(sent.Error.Code));
            if (ambiguous)
            {
                ExecutionLog.OutcomeUnknown(logger, pending.ClientOrderId.Value, null);
            }
            else
            {
                ExecutionLog.Rejected(logger, pending.ClientOrderId.Value, sent.Error.Message);
            }

            var failed = await recorder.RecordFailureAsync(
                pending, ambiguous ? OrderEvent.OutcomeUnknown : OrderEvent.Rejected, sent.Error, traceId, cancellationToken).ConfigureAwait(false);
            return new TradeOutcome(ambiguous ? TradeOutcomeKind.Unknown : TradeOutcomeKind.Rejected, failed, sent.Error);
        }

        var recorded = await recorder.RecordAsync(pending, sent.Value, EventTopics.TradeCompleted, traceId, cancellationToken)
            .ConfigureAwait(false);
        if (!recorded.IsSuccess)
        {
            // The exchange has the order but our state could not take it: leave the pending order for settlement.
            ExecutionLog.RecordFailed(logger, pending.ClientOrderId.Value, recorded.Error.Message);
            metrics?.OrderPlaced(pending.Symbol, pending.Side, pending.Intent);
            return new TradeOutcome(TradeOutcomeKind.Unknown, pending, recorded.Error);
        }

        // Counted once the exchange has it, whether or not our books could take it (settlement resolves those).
        metrics?.OrderPlaced(pending.Symbol, pending.Side, pending.Intent);
        var order = recorded.Value.Order;
        if (logger.IsEnabled(LogLevel.Information))
        {
            ExecutionLog.Recorded(logger, order.ClientOrderId.Value, order.Status.ToString(), order.FilledBase, order.AveragePrice);
        }

        return new TradeOutcome(TradeOutcomeKind.Executed, order, null);
    }

    /// <summary>Errors after which the order may exist on the exchange.</summary>
    public static bool IsAmbiguous(ErrorCode code) =>
        code is ErrorCode.ExchangeUnavailable or ErrorCode.Unknown or ErrorCode.MalformedResponse;

    private TradeOutcome Duplicate(string key, Order existing)
    {
        ExecutionLog.DuplicateIntent(logger, key, existing.ClientOrderId.Value, existing.Status.ToString());
        return new TradeOutcome(TradeOutcomeKind.Duplicate, existing, null);
    }

    /// <summary>Refused before any order existed: nothing was stored or sent; only <c>trade.failed</c> says why.</summary>
    private async ValueTask<TradeOutcome> RefusedAsync(TradeRequest request, Error error, CancellationToken cancellationToken)
    {
        ExecutionLog.Skipped(logger, request.Side.ToString(), request.Symbol.ToString(), error.Message);
        metrics?.OrderFailed(request.Symbol, request.Side, Telemetry.ErrorCodeLabels.Of(error.Code));
        var payload = new TradeRefusedPayload(
            request.Symbol.ToString(), request.Side.Lowercase(), request.Intent, request.QuoteAmount, error.Code.ToString(), error.Message);
        await store.CommitAsync(
            new StoreChanges { Events = [EventJson.Outbox(EventTopics.TradeFailed, payload, request.Symbol.ToString(), request.TraceId, time.GetUtcNow())] },
            cancellationToken).ConfigureAwait(false);
        outbox.Notify();
        return new TradeOutcome(TradeOutcomeKind.Rejected, null, error);
    }
}
