using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Public market data: tickers, order book, public trades and candles.</summary>
internal sealed class GateMarketDataApi(GateRestClient client, GateClientOptions options)
{
    private readonly GateCandlePager _candles = new(client, options);

    public Task<Result<GateTicker>> FetchTickerAsync(Symbol symbol, CancellationToken cancellationToken) =>
        client.SendAsync(GatePublicRequests.Ticker(symbol), root => GateTickerParser.ParseOne(root, symbol, client.Clock.ServerNow), "ticker", cancellationToken);

    public Task<Result<IReadOnlyList<GateTicker>>> FetchTickersAsync(CancellationToken cancellationToken) =>
        client.SendAsync(GatePublicRequests.Tickers(), root => GateTickerParser.ParseList(root, client.Clock.ServerNow), "tickers", cancellationToken);

    public Task<Result<GateOrderBook>> FetchOrderBookAsync(Symbol symbol, int? limit, CancellationToken cancellationToken) =>
        limit is <= 0
            ? Task.FromResult<Result<GateOrderBook>>(new Error(ErrorCode.Validation, $"Order book limit must be positive; got {limit}."))
            : client.SendAsync(GatePublicRequests.OrderBook(symbol, limit), root => GateOrderBookParser.Parse(root, symbol), "order book", cancellationToken);

    public Task<Result<IReadOnlyList<GateTrade>>> FetchTradesAsync(Symbol symbol, int? limit, CancellationToken cancellationToken) =>
        client.SendAsync(GatePublicRequests.Trades(symbol, limit), root => GateTradeParser.ParseList(root, symbol), "trades", cancellationToken);

    public Task<Result<IReadOnlyList<Candle>>> FetchOhlcvAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset? since, DateTimeOffset? until, int? limit, bool includeOpen, CancellationToken cancellationToken) =>
        _candles.FetchAsync(symbol, timeframe, since, until, limit, includeOpen, cancellationToken);
}
