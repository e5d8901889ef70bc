using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Paper;

/// <summary>
/// A simulated exchange account for paper trading and backtests. Market orders fill at once and in
/// full against the current ticker of <see cref="IMarketData"/>:
/// <list type="bullet">
/// <item>a buy spends at most the quote amount at the ASK: base = floor(quote / ask) to the amount
/// precision, quote spent = base × ask, and the fee (<see cref="PaperBrokerOptions.FeePct"/>) is taken
/// in the base coin, so the account is credited base − fee;</item>
/// <item>a sell receives base × BID minus the fee, taken in the quote.</item>
/// </list>
/// Amounts must already be quantized by <see cref="InstrumentRules.DefaultFor"/>; a refusal
/// (precision, minimum, balance, no price) is an error value and changes nothing. A client order id
/// that was already placed is not placed again: the original order is returned. Thread-safe.
/// </summary>
public sealed class PaperBroker : IBroker
{
    private readonly PaperLedger _ledger = new();
    private readonly IMarketData _prices;
    private readonly PaperBrokerOptions _options;
    private readonly TimeProvider _timeProvider;

    // The rules of the last symbol asked for: an immutable answer reused while it stays true, so that a
    // backtest's trades allocate nothing for it.
    private InstrumentRules? _rules;

    public PaperBroker(IMarketData prices, PaperBrokerOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(options.StartQuote);
        ArgumentOutOfRangeException.ThrowIfNegative(options.FeePct);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.QuoteAsset);
        _prices = prices;
        _options = options;
        _timeProvider = timeProvider;
        _ledger.Restore([new Balance(options.QuoteAsset, options.StartQuote, 0m)]);
    }

    /// <summary>
    /// Replaces every balance with <paramref name="balances"/>, e.g. to resume a paper account after a
    /// restart. Orders already known are kept, so duplicate client order ids are still recognized.
    /// </summary>
    public void RestoreBalances(IEnumerable<Balance> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        var restored = balances.ToList();
        if (restored.Any(b => string.IsNullOrWhiteSpace(b.Asset) || b.Free < 0 || b.Locked < 0))
        {
            throw new ArgumentException("Balances need an asset name and non-negative amounts.", nameof(balances));
        }

        _ledger.Restore(restored);
    }

    /// <inheritdoc />
    public ValueTask<Result<InstrumentRules>> GetInstrumentRulesAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Result<InstrumentRules>.Success(RulesFor(symbol)));
    }

    /// <inheritdoc />
    public async ValueTask<Result<BrokerOrder>> PlaceMarketBuyAsync(
        Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        if (_ledger.Find(clientOrderId) is { } existing)
        {
            return existing;
        }

        var rules = RulesFor(symbol);
        if (Refusal(quoteAmount, rules.FloorQuote(quoteAmount), rules.MinQuoteAmount, symbol.Quote, symbol) is { } refused)
        {
            return refused;
        }

        var price = await ExecutionPriceAsync(symbol, OrderSide.Buy, cancellationToken);
        if (!price.IsSuccess)
        {
            return price.Error;
        }

        var ask = price.Value;

        var baseAmount = rules.FloorAmount(quoteAmount / ask);
        if (baseAmount <= 0 || baseAmount < rules.MinBaseAmount)
        {
            return new Error(ErrorCode.BelowMinimum,
                $"Buy of {quoteAmount} {symbol.Quote} on {symbol} at {ask} buys less than the minimum of {rules.MinBaseAmount} {symbol.Base}.");
        }

        // Gate.io charges a buy's fee in the coin bought: the account receives base − fee.
        var fee = baseAmount * _options.FeePct / 100m;
        var intent = new PaperFill(clientOrderId, symbol, OrderSide.Buy, ask, baseAmount, fee, symbol.Base);
        return _ledger.Fill(
            intent, symbol.Quote, quoteAmount, baseAmount * ask, symbol.Base, baseAmount - fee, _timeProvider.GetUtcNow());
    }

    /// <inheritdoc />
    public async ValueTask<Result<BrokerOrder>> PlaceMarketSellAsync(
        Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        if (_ledger.Find(clientOrderId) is { } existing)
        {
            return existing;
        }

        var rules = RulesFor(symbol);
        if (Refusal(baseAmount, rules.FloorAmount(baseAmount), rules.MinBaseAmount, symbol.Base, symbol) is { } refused)
        {
            return refused;
        }

        var price = await ExecutionPriceAsync(symbol, OrderSide.Sell, cancellationToken);
        if (!price.IsSuccess)
        {
            return price.Error;
        }

        var bid = price.Value;

        var notional = baseAmount * bid;
        if (notional < rules.MinQuoteAmount)
        {
            return new Error(ErrorCode.BelowMinimum,
                $"Sell of {baseAmount} {symbol.Base} on {symbol} is worth {notional} {symbol.Quote}, below the minimum order of {rules.MinQuoteAmount} {symbol.Quote}.");
        }

        var fee = notional * _options.FeePct / 100m;
        var intent = new PaperFill(clientOrderId, symbol, OrderSide.Sell, bid, baseAmount, fee, symbol.Quote);
        return _ledger.Fill(
            intent, symbol.Base, baseAmount, baseAmount, symbol.Quote, notional - fee, _timeProvider.GetUtcNow());
    }

    /// <summary>The price a market order takes now: the ask for a buy, the bid for a sell.</summary>
    private async ValueTask<Result<decimal>> ExecutionPriceAsync(Symbol symbol, OrderSide side, CancellationToken cancellationToken)
    {
        var ticker = await _prices.GetTickerAsync(symbol, cancellationToken);
        if (!ticker.IsSuccess)
        {
            return ticker.Error;
        }

        var price = side == OrderSide.Buy ? ticker.Value.Ask : ticker.Value.Bid;
        var name = side == OrderSide.Buy ? "ask" : "bid";
        return price > 0
            ? price
            : new Error(ErrorCode.ExchangeUnavailable, $"No {name} price for {symbol}; the {side.ToString().ToLowerInvariant()} was not placed.");
    }

    /// <inheritdoc />
    public Task<Result<BrokerOrder>> GetOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_ledger.Find(clientOrderId) is { } order && order.Symbol == symbol)
        {
            return Task.FromResult(Result<BrokerOrder>.Success(order));
        }

        return Task.FromResult(Result<BrokerOrder>.Failure(
            ErrorCode.NotFound, $"No paper order {clientOrderId} on {symbol}."));
    }

    /// <inheritdoc />
    /// <remarks>Paper orders fill whole at once, so there is never anything left to cancel: the final report comes back.</remarks>
    public Task<Result<BrokerOrder>> CancelOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        GetOrderAsync(symbol, clientOrderId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // The ledger keeps its snapshot until the account changes; the answer around it is a struct, so a read allocates nothing.
        return ValueTask.FromResult(Result<IReadOnlyList<Balance>>.Success(_ledger.Balances()));
    }

    /// <inheritdoc />
    /// <remarks>Paper orders fill at once and in full, so none ever rests.</remarks>
    public Task<Result<IReadOnlyList<ExchangeOpenOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Result<IReadOnlyList<ExchangeOpenOrder>>.Success(Array.Empty<ExchangeOpenOrder>()));
    }

    /// <inheritdoc />
    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Result<IReadOnlyList<ExchangeTrade>>.Success(_ledger.Trades(symbol, since)));
    }

    /// <summary>The paper rules of <paramref name="symbol"/>: the same value every time, so the last one is kept.</summary>
    private InstrumentRules RulesFor(Symbol symbol)
    {
        var rules = _rules;
        if (rules is null || rules.Symbol != symbol)
        {
            rules = InstrumentRules.DefaultFor(symbol);
            _rules = rules;
        }

        return rules;
    }

    private static Error? Refusal(decimal amount, decimal quantized, decimal minimum, string asset, Symbol symbol)
    {
        if (amount <= 0)
        {
            return new Error(ErrorCode.Validation, $"Order amount must be positive; got {amount} {asset} on {symbol}.");
        }

        if (quantized != amount)
        {
            return new Error(ErrorCode.InvalidPrecision, $"Amount {amount} {asset} on {symbol} has more decimals than allowed; send {quantized}.");
        }

        return amount < minimum
            ? new Error(ErrorCode.BelowMinimum, $"Amount {amount} {asset} on {symbol} is below the minimum of {minimum} {asset}.")
            : null;
    }
}
