using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// The exchange account: the only way orders leave the process, and only <c>ExecuteTrade</c> calls
/// the placing methods. Contract for every adapter (paper, Gate.io, simulator):
/// <list type="bullet">
/// <item>A failure the exchange stated (insufficient balance, below minimum, bad precision, unknown pair,
/// rejected auth) is returned as an error value: the order was definitely not placed.</item>
/// <item>A failure that leaves the outcome unknown (timeout, broken connection, server error after
/// sending) is thrown or returned as <see cref="ErrorCode.ExchangeUnavailable"/>/<see cref="ErrorCode.Unknown"/>;
/// the caller then asks <see cref="GetOrderAsync"/> and never sends again.</item>
/// <item>The client order id travels with the order so that it can be found later.</item>
/// </list>
/// Placing and balances return <see cref="ValueTask{TResult}"/>: the paper broker answers them synchronously on
/// every trade of a backtest, and a network adapter pays nothing more for it.
/// </summary>
public interface IBroker
{
    /// <summary>Precision and minimums of a market.</summary>
    ValueTask<Result<InstrumentRules>> GetInstrumentRulesAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>Market buy spending <paramref name="quoteAmount"/> (already quantized).</summary>
    ValueTask<Result<BrokerOrder>> PlaceMarketBuyAsync(
        Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken);

    /// <summary>Market sell of <paramref name="baseAmount"/> (already quantized).</summary>
    ValueTask<Result<BrokerOrder>> PlaceMarketSellAsync(
        Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken);

    /// <summary>The exchange's view of an order; <see cref="ErrorCode.NotFound"/> when it never arrived.</summary>
    Task<Result<BrokerOrder>> GetOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels what is left of the order and returns its final report with every fill (fills may have arrived up to
    /// the cancel). An order already finished is not an error: its final report comes back. A report still
    /// <see cref="BrokerOrderState.Open"/> means the exchange has not finished it yet; ask again later.
    /// <see cref="ErrorCode.NotFound"/> when the exchange never had it.
    /// </summary>
    Task<Result<BrokerOrder>> CancelOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken);

    /// <summary>
    /// How long after creation the exchange may not yet show an order it accepted (Gate.io: up to about 10 seconds).
    /// Until then "not found" proves nothing, and settlement waits before concluding an order never arrived.
    /// </summary>
    TimeSpan NewOrderVisibilityDelay => TimeSpan.Zero;

    /// <summary>
    /// How far the exchange's clock is ahead of ours, as last measured (signed requests carry our time corrected by
    /// it); null for a broker without a clock of its own (paper).
    /// </summary>
    TimeSpan? ClockOffset => null;

    /// <summary>Balances of every asset the account holds.</summary>
    ValueTask<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every order of <paramref name="symbol"/> resting on the exchange, ours and anyone else's (reconciliation tells
    /// them apart by <see cref="ExchangeOpenOrder.ClientText"/> and reports, never touches, the others).
    /// </summary>
    Task<Result<IReadOnlyList<ExchangeOpenOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>
    /// Every trade of the account on <paramref name="symbol"/> at or after <paramref name="since"/>, oldest first, each
    /// once (the adapter pages through the exchange's history). Trade ids match the fills <see cref="GetOrderAsync"/> reports.
    /// </summary>
    Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken);
}
