using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// Prices and candles for decisions. Implemented by the built-in market simulator, a fixed price,
/// historical candles (backtest) and the exchange's public API (live).
/// </summary>
public interface IMarketData
{
    /// <summary>Best bid/ask now.</summary>
    ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken);

    /// <summary>The most recent <paramref name="limit"/> closed candles, oldest first; never the forming one.</summary>
    ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken);
}
