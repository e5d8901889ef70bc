using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Historical candles served to the live orchestrator on a simulated clock, as two views of one market:
/// <see cref="Decisions"/> (what the bot looks at: candles closed by now and the last close as the quote)
/// and <see cref="Executions"/> (what the paper broker fills at, per the fill model: the open of the candle
/// starting now, or the last close, with slippage). Paper trading over this replay and a backtest of the
/// same candles therefore see the same prices at the same instants.
/// </summary>
public sealed class CandleReplayMarket
{
    private readonly Candle[] _candles;
    private readonly TimeSpan _period;
    private readonly Timeframe _timeframe;

    public CandleReplayMarket(Symbol symbol, IReadOnlyList<Candle> candles, Timeframe timeframe, FillModel fill, decimal slippageBps, TimeProvider time)
    {
        _candles = [.. candles];
        _period = timeframe.Duration;
        _timeframe = timeframe;
        Decisions = new View(this, symbol, time, forExecution: false, fill, slippageBps);
        Executions = new View(this, symbol, time, forExecution: true, fill, slippageBps);
    }

    public IMarketData Decisions { get; }

    public IMarketData Executions { get; }

    /// <summary>Index of the last candle closed at <paramref name="now"/>, or -1.</summary>
    private int LastClosed(DateTimeOffset now)
    {
        int low = 0, high = _candles.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_candles[mid].OpenTime + _period <= now)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private sealed class View(CandleReplayMarket market, Symbol symbol, TimeProvider time, bool forExecution, FillModel fill, decimal slippageBps) : IMarketData
    {
        public ValueTask<Result<Ticker>> GetTickerAsync(Symbol requested, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var last = market.LastClosed(now);
            if (requested != symbol || last < 0)
            {
                return ValueTask.FromResult(Result<Ticker>.Failure(ErrorCode.InvalidSymbol, $"The replay has no price for {requested} at {now:O}."));
            }

            var price = market._candles[last].Close;
            if (forExecution && fill == FillModel.NextOpen && last + 1 < market._candles.Length)
            {
                price = market._candles[last + 1].Open;
            }

            return ValueTask.FromResult(Result<Ticker>.Success(SlippedQuote.At(symbol, price, forExecution ? slippageBps : 0m, now)));
        }

        public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
            Symbol requested, Timeframe timeframe, int limit, CancellationToken cancellationToken)
        {
            if (timeframe.Duration != market._period)
            {
                // Only the replayed timeframe exists; a longer one is for the caller to build (the trend filter does).
                return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Failure(
                    ErrorCode.Validation, $"The replay holds {market._timeframe} candles only; {timeframe} was asked for."));
            }

            var last = market.LastClosed(time.GetUtcNow());
            var first = Math.Max(0, last + 1 - limit);
            IReadOnlyList<Candle> closed = requested == symbol && last >= 0 ? market._candles[first..(last + 1)] : [];
            return ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Success(closed));
        }
    }
}
