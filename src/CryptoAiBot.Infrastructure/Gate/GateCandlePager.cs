using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Candles over any span, 1000 per request (Gate's maximum), paged by time as ccxt pages them: a window
/// <c>from</c> … <c>to = min(from + (n − 1) × interval, until, now)</c>, then the next window after it. Without a start
/// it asks for the latest <c>limit</c> (+1, as the newest is usually still forming). Only closed candles are returned
/// unless asked otherwise: closed by Gate's flag, or when it has none, by the window having ended on Gate's clock.
/// </summary>
internal sealed class GateCandlePager(GateRestClient client, GateClientOptions options)
{
    private const int PerRequest = 1000;

    public async Task<Result<IReadOnlyList<Candle>>> FetchAsync(
        Symbol symbol, Timeframe timeframe, DateTimeOffset? since, DateTimeOffset? until, int? limit, bool includeOpen, CancellationToken cancellationToken)
    {
        if (GateIntervals.For(timeframe) is not { } interval)
        {
            return new Error(ErrorCode.Validation, $"Gate.io has no {timeframe} candles.");
        }

        if (limit is <= 0)
        {
            return new Error(ErrorCode.Validation, $"Candle limit must be positive; got {limit}.");
        }

        var now = client.Clock.ServerNow;
        bool Wanted(GateCandle c) => includeOpen || (c.IsClosed ?? c.OpenTime + timeframe.Duration <= now);
        if (since is null && until is null && (limit is null || limit + (includeOpen ? 0 : 1) <= PerRequest))
        {
            var ask = limit is { } n ? n + (includeOpen ? 0 : 1) : PerRequest;
            var latest = await PageAsync(symbol, interval, ask, null, null, cancellationToken).ConfigureAwait(false);
            return !latest.IsSuccess ? latest.Error : ToCandles(latest.Value.Where(Wanted).TakeLast(limit ?? PerRequest));
        }

        // Without a start, begin far enough back for `limit` candles before the end.
        var end = until is { } u && u < now ? u : now;
        var start = since ?? timeframe.BucketStart(end) - (timeframe.Duration * (limit ?? PerRequest));
        var step = (long)timeframe.Duration.TotalSeconds;
        var (from, endSeconds) = (start.ToUnixTimeSeconds(), end.ToUnixTimeSeconds());
        var pagesNeeded = Math.Min(((endSeconds - from) / step / PerRequest) + 1, limit is { } most ? ((long)most + PerRequest - 1) / PerRequest : long.MaxValue);
        if ((limit is not null || until is not null) && pagesNeeded > options.MaxCandlePages)
        {
            return new Error(ErrorCode.Validation, $"{symbol} {timeframe} candles from {start:u} need {pagesNeeded} requests, more than {options.MaxCandlePages}; ask for fewer.");
        }

        var collected = new SortedDictionary<DateTimeOffset, GateCandle>();
        for (var page = 0; page < options.MaxCandlePages && from <= endSeconds; page++)
        {
            var perPage = limit is { } wanted ? Math.Min(PerRequest, wanted - collected.Count) : PerRequest;
            // The first window is ccxt's (from + (n − 1) × interval); later ones span n whole intervals after the
            // previous window, so each holds n candles whatever Gate's alignment, and paging always advances.
            var to = Math.Min(page == 0 ? from + ((perPage - 1) * step) : from + (perPage * step) - 1, endSeconds);
            var rows = await PageAsync(symbol, interval, null, from, to, cancellationToken).ConfigureAwait(false);
            if (!rows.IsSuccess)
            {
                return rows.Error;
            }

            foreach (var candle in rows.Value.Where(c => Wanted(c) && c.OpenTime.ToUnixTimeSeconds() >= from && c.OpenTime.ToUnixTimeSeconds() <= to))
            {
                collected[candle.OpenTime] = candle;
            }

            // As ccxt: with a start but neither limit nor end, one window is the answer.
            if (collected.Count >= (limit ?? int.MaxValue) || to >= endSeconds || (limit is null && until is null))
            {
                break;
            }

            from = to + 1;
        }

        return ToCandles(collected.Values.Take(limit ?? int.MaxValue));
    }

    private Task<Result<IReadOnlyList<GateCandle>>> PageAsync(Symbol symbol, string interval, int? limit, long? from, long? to, CancellationToken cancellationToken) =>
        client.SendAsync(GatePublicRequests.Candles(symbol, interval, limit, from, to), GateCandleParser.ParseList, "candlesticks", cancellationToken);

    private static Result<IReadOnlyList<Candle>> ToCandles(IEnumerable<GateCandle> candles)
    {
        var result = new List<Candle>();
        foreach (var candle in candles)
        {
            if (candle.ToCandle() is not { } converted)
            {
                return new Error(ErrorCode.MalformedResponse, $"Gate.io candle at {candle.OpenTime:u} has no base volume.");
            }

            result.Add(converted);
        }

        return result;
    }
}
