using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>The public (unsigned) requests, built as ccxt builds them (query parameters in ccxt's order).</summary>
internal static class GatePublicRequests
{
    public static GateRequest ServerTime() => GateRequest.PublicGet("/spot/time", GateQuery.Empty, "/spot/time");

    public static GateRequest CurrencyPairs() => GateRequest.PublicGet("/spot/currency_pairs", GateQuery.Empty, "/spot/currency_pairs");

    public static GateRequest Ticker(Symbol symbol) =>
        GateRequest.PublicGet("/spot/tickers", new GateQuery().Add("currency_pair", symbol.ExchangeCode), "/spot/tickers");

    public static GateRequest Tickers() =>
        GateRequest.PublicGet("/spot/tickers", new GateQuery().Add("timezone", "utc0"), "/spot/tickers");

    public static GateRequest OrderBook(Symbol symbol, int? limit) => GateRequest.PublicGet(
        "/spot/order_book",
        new GateQuery().Add("currency_pair", symbol.ExchangeCode).Add("with_id", "true").AddIf("limit", limit),
        "/spot/order_book");

    public static GateRequest Trades(Symbol symbol, int? limit) => GateRequest.PublicGet(
        "/spot/trades",
        new GateQuery().Add("currency_pair", symbol.ExchangeCode).AddIf("limit", limit),
        "/spot/trades");

    /// <summary>Candles by count (<paramref name="limit"/>) or by time window (<paramref name="from"/>/<paramref name="to"/>, Unix seconds).</summary>
    public static GateRequest Candles(Symbol symbol, string interval, int? limit, long? from, long? to) => GateRequest.PublicGet(
        "/spot/candlesticks",
        new GateQuery().Add("currency_pair", symbol.ExchangeCode).Add("interval", interval).AddIf("limit", limit).AddIf("from", from).AddIf("to", to),
        "/spot/candlesticks");
}
