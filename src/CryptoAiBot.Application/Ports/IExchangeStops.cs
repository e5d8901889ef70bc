using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// Protective stops resting on the exchange (Gate.io: price-triggered orders): a market sell of a base amount that
/// the exchange places itself when the last price falls to the trigger — a guard that holds while the bot is down.
/// Only live adapters implement it; paper and backtests guard positions bot-side alone.
/// </summary>
public interface IExchangeStops
{
    /// <summary>
    /// Places the stop (amount already quantized). When the market is already at or below the trigger the exchange
    /// refuses it: the report's state is then <see cref="ExchangeStopState.ThroughMarket"/>, and the caller sells now.
    /// </summary>
    Task<Result<ExchangeStopReport>> PlaceAsync(Symbol symbol, decimal baseAmount, decimal triggerPrice, CancellationToken cancellationToken);

    /// <summary>The stop's state now; <see cref="ErrorCode.NotFound"/> when the exchange does not know it.</summary>
    Task<Result<ExchangeStopReport>> GetAsync(Symbol symbol, string stopId, CancellationToken cancellationToken);

    /// <summary>Cancels the stop; a stop that already fired reports <see cref="ExchangeStopState.Fired"/> instead.</summary>
    Task<Result<ExchangeStopReport>> CancelAsync(Symbol symbol, string stopId, CancellationToken cancellationToken);

    /// <summary>The order a fired stop placed, with its fills, reported under <paramref name="recordAs"/> (our id for it).</summary>
    Task<Result<BrokerOrder>> GetFiredOrderAsync(Symbol symbol, string stopId, ClientOrderId recordAs, CancellationToken cancellationToken);
}
