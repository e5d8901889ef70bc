using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// The market as a backtest's broker sees it: one price set by the candle loop (per the fill model),
/// quoted with slippage on both sides — a buy pays <c>price × (1 + bps/10,000)</c>, a sell receives
/// <c>price × (1 − bps/10,000)</c>. Candle history is not served here: the loop feeds candles to the
/// decider directly.
/// </summary>
public sealed class ReplayPrices(Symbol symbol, decimal slippageBps, TimeProvider time) : IMarketData
{
    private Ticker? _ticker;
    private decimal _price;

    public decimal Price => _price;

    /// <summary>Sets the price orders fill at from now on (the quote is built only when a trade asks for it).</summary>
    public void Set(decimal price)
    {
        if (price != _price)
        {
            _price = price;
            _ticker = null;
        }
    }

    public ValueTask<Result<Ticker>> GetTickerAsync(Symbol requested, CancellationToken cancellationToken)
    {
        if (requested != symbol || _price <= 0)
        {
            return ValueTask.FromResult(Result<Ticker>.Failure(ErrorCode.InvalidSymbol, $"The replay has no price for {requested}."));
        }

        var now = time.GetUtcNow();
        if (_ticker is not { } quote || quote.Time != now)
        {
            quote = SlippedQuote.At(symbol, _price, slippageBps, now);
            _ticker = quote;
        }

        return ValueTask.FromResult(Result<Ticker>.Success(quote));
    }

    public ValueTask<Result<IReadOnlyList<Candle>>> GetClosedCandlesAsync(
        Symbol requested, Timeframe timeframe, int limit, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Result<IReadOnlyList<Candle>>.Failure(
            ErrorCode.Validation, "A backtest feeds candles to the decider directly; the replay serves prices only."));
}
