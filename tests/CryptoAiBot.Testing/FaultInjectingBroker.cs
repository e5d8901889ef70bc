using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Testing;

/// <summary>When an injected fault strikes relative to the real send.</summary>
public enum BrokerFault
{
    None = 0,

    /// <summary>The request never reaches the exchange, but the caller sees a timeout.</summary>
    ThrowBeforeSend,

    /// <summary>The exchange executes the order, then the connection drops before the answer.</summary>
    ThrowAfterSend,
}

/// <summary>
/// Wraps a real broker (usually the paper broker) and counts every placement that reached it;
/// a test arms a fault for the next placement to reproduce timeouts on either side of the send.
/// </summary>
public sealed class FaultInjectingBroker(IBroker inner) : IBroker
{
    private int _placed;
    private int _attempts;
    private int _cancels;

    public BrokerFault NextFault { get; set; }

    /// <summary>When set, placements wait for it before reaching the exchange (an order "in flight").</summary>
    public TaskCompletionSource? HoldPlacements { get; set; }

    /// <summary>Completes when a placement starts waiting on <see cref="HoldPlacements"/>.</summary>
    public TaskCompletionSource PlacementWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Placements that reached the inner broker.</summary>
    public int PlacedCount => Volatile.Read(ref _placed);

    /// <summary>Calls to the placing methods, including those that failed before sending.</summary>
    public int AttemptCount => Volatile.Read(ref _attempts);

    /// <summary>Calls to <see cref="CancelOrderAsync"/>.</summary>
    public int CancelCount => Volatile.Read(ref _cancels);

    public ValueTask<Result<InstrumentRules>> GetInstrumentRulesAsync(Symbol symbol, CancellationToken cancellationToken) =>
        inner.GetInstrumentRulesAsync(symbol, cancellationToken);

    public ValueTask<Result<BrokerOrder>> PlaceMarketBuyAsync(Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        PlaceAsync(() => inner.PlaceMarketBuyAsync(symbol, quoteAmount, clientOrderId, cancellationToken));

    public ValueTask<Result<BrokerOrder>> PlaceMarketSellAsync(Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        PlaceAsync(() => inner.PlaceMarketSellAsync(symbol, baseAmount, clientOrderId, cancellationToken));

    public Task<Result<BrokerOrder>> GetOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        inner.GetOrderAsync(symbol, clientOrderId, cancellationToken);

    public Task<Result<BrokerOrder>> CancelOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _cancels);
        return inner.CancelOrderAsync(symbol, clientOrderId, cancellationToken);
    }

    public TimeSpan NewOrderVisibilityDelay => inner.NewOrderVisibilityDelay;

    public ValueTask<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) =>
        inner.GetBalancesAsync(cancellationToken);

    // Reads pass straight through, as GetOrderAsync and GetBalancesAsync do: the faults are armed for placements only.
    public Task<Result<IReadOnlyList<ExchangeOpenOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        inner.GetOpenOrdersAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.GetTradesAsync(symbol, since, cancellationToken);

    private async ValueTask<Result<BrokerOrder>> PlaceAsync(Func<ValueTask<Result<BrokerOrder>>> send)
    {
        Interlocked.Increment(ref _attempts);
        var fault = NextFault;
        NextFault = BrokerFault.None;
        if (fault == BrokerFault.ThrowBeforeSend)
        {
            throw new TimeoutException("injected: request timed out before reaching the exchange");
        }

        if (HoldPlacements is { } hold)
        {
            PlacementWaiting.TrySetResult();
            await hold.Task.ConfigureAwait(false);
        }

        var result = await send().ConfigureAwait(false);
        Interlocked.Increment(ref _placed);
        if (fault == BrokerFault.ThrowAfterSend)
        {
            throw new HttpRequestException("injected: connection reset after the exchange accepted the order");
        }

        return result;
    }
}
