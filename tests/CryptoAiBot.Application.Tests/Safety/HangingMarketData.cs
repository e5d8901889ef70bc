using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Tests.Safety;

/// <summary>Market data that, while <see cref="Hang"/> is set, never answers (until cancelled): a loop calling it hangs.</summary>
internal sealed class HangingMarketData(IMarketData inner) : IMarketData
{
    public volatile bool Hang = true;

    public async ValueTask<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        await WaitWhileHangingAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(Symbol symbol, Timeframe timeframe, int limit, CancellationToken cancellationToken)
    {
        await WaitWhileHangingAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetClosedCandlesAsync(symbol, timeframe, limit, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitWhileHangingAsync(CancellationToken cancellationToken)
    {
        if (Hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        }
    }
}
