using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// The market-data port on Gate.io's public endpoints (live trading, and paper trading with <c>PRICE_FEED=live</c>):
/// the ticker's best bid and ask, and closed candles only — the forming one is never handed to a decision. A ticker
/// without a positive bid and ask is an error, never a zero price that would trip every stop.
/// </summary>
public sealed class GateMarketData(GateExchange exchange) : IMarketData
{
    public async ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var ticker = await exchange.FetchTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return ticker.Error!;
        }

        var quote = ticker.Value;
        return quote is { Bid: > 0m, Ask: > 0m } && quote.Ask >= quote.Bid
            ? quote.ToTicker()
            : new Error(ErrorCode.MalformedResponse, $"Gate.io's {symbol} ticker has no usable bid/ask (bid {quote.Bid}, ask {quote.Ask}).");
    }

    public async ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var candles = await exchange.FetchOhlcvAsync(symbol, timeframe, null, null, limit, false, cancellationToken).ConfigureAwait(false);
        if (!candles.IsSuccess)
        {
            return candles.Error!;
        }

        var closed = candles.Value;
        return closed.Count <= limit ? Result<IReadOnlyList<Candle>>.Success(closed) : closed.Skip(closed.Count - limit).ToArray();
    }
}
