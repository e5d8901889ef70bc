using System.Globalization;
using CryptoAiBot.ExchangeSim.Market;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>Gate's public spot endpoints: server time, currency pairs, tickers, order book and candlesticks.</summary>
internal static class PublicEndpoints
{
    public static RouteGroupBuilder MapPublicEndpoints(this RouteGroupBuilder spot)
    {
        spot.MapGet("/time", (SimExchange sim) => GateJson.Ok(new MarketViews.Time(GateJson.Ms(sim.Now))));
        spot.MapGet("/currency_pairs", (SimExchange sim) => GateJson.Ok(sim.Markets.Values.Select(m => PairView(m.Rules, sim.Options)).ToList()));
        spot.MapGet("/currency_pairs/{pair}", (string pair, SimExchange sim) =>
            sim.Markets.TryGetValue(pair, out var market) ? GateJson.Ok(PairView(market.Rules, sim.Options)) : GateJson.Error(GateError.InvalidPair(pair)));
        spot.MapGet("/tickers", (HttpContext context, SimExchange sim) =>
        {
            var pair = new GateQuery(context.Request.Query).Text("currency_pair");
            if (pair is not null && !sim.Markets.ContainsKey(pair))
            {
                return GateJson.Error(GateError.InvalidPair(pair));
            }

            return GateJson.Ok(sim.Run(() => sim.Markets.Values
                .Where(m => pair is null || m.Rules.Id == pair)
                .Select(m => TickerView(m, sim.Now, withSizes: pair is not null))
                .ToList()));
        });
        spot.MapGet("/order_book", (HttpContext context, SimExchange sim) =>
        {
            var query = new GateQuery(context.Request.Query);
            var pair = query.Text("currency_pair");
            var limit = query.Int("limit") ?? 10;
            var withId = query.Flag("with_id");
            if ((query.Error ?? (limit is < 1 or > 100 ? GateError.InvalidParam("limit", limit.ToString(CultureInfo.InvariantCulture)) : null)) is { } error)
            {
                return GateJson.Error(error);
            }

            if (pair is null || !sim.Markets.TryGetValue(pair, out var market))
            {
                return GateJson.Error(pair is null ? GateError.MissingParam("currency_pair") : GateError.InvalidPair(pair));
            }

            return GateJson.Ok(sim.Run(() => BookView(market.Book, limit, withId, sim.Now)));
        });
        spot.MapGet("/candlesticks", (HttpContext context, SimExchange sim) =>
            sim.Run(() => CandlestickQuery.Answer(new GateQuery(context.Request.Query), sim.Markets, sim.Now)));
        return spot;
    }

    private static MarketViews.Pair PairView(SimPairOptions pair, GateSimulatorOptions options) => new(
        pair.Id, pair.Base, pair.Base, pair.Quote, pair.Quote, options.TakerFeeRate * 100, pair.MinBaseAmount, pair.MinQuoteAmount,
        pair.MaxBaseAmount, pair.MaxQuoteAmount, pair.AmountPrecision, pair.Precision, "tradable", 0, 0, 0, "normal",
        $"https://www.gate.io/trade/{pair.Id}", false);

    private static MarketViews.Ticker TickerView(PairMarket market, DateTimeOffset now, bool withSizes)
    {
        var day = market.History.Since(now.AddDays(-1), market.Last);
        var change = day.Open == 0 ? 0m : Math.Round((market.Last - day.Open) / day.Open * 100, 2);
        var ask = market.Book.Asks.Count > 0 ? market.Book.Asks[0] : null;
        var bid = market.Book.Bids.Count > 0 ? market.Book.Bids[0] : null;
        return new MarketViews.Ticker(
            market.Rules.Id, market.Last, ask?.Price ?? 0m, withSizes ? ask?.Amount ?? 0m : null, bid?.Price ?? 0m, withSizes ? bid?.Amount ?? 0m : null,
            change, change, change, day.BaseVolume, day.QuoteVolume, day.High, day.Low);
    }

    private static MarketViews.Book BookView(OrderBook book, int limit, bool withId, DateTimeOffset now) => new(
        withId ? book.Version : null,
        GateJson.Ms(now),
        GateJson.Ms(book.UpdatedAt),
        [.. book.Asks.Take(limit).Select(Level)],
        [.. book.Bids.Take(limit).Select(Level)]);

    private static string[] Level(BookLevel level) =>
        [Precision.Normalize(level.Price).ToString(CultureInfo.InvariantCulture), Precision.Normalize(level.Amount).ToString(CultureInfo.InvariantCulture)];
}
