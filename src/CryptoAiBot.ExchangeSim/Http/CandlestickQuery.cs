using System.Globalization;
using CryptoAiBot.ExchangeSim.Market;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>
/// <c>GET /spot/candlesticks</c>: <c>limit</c> alone (default 100) gives the latest periods up to the running one;
/// <c>from</c>/<c>to</c> (unix seconds) give the periods starting inside the range. <c>limit</c> together with
/// <c>from</c> or <c>to</c> is rejected, as Gate documents, and so is a range over 1000 points. Rows are
/// <c>[t, quote volume, close, high, low, open, base volume, closed]</c>, all strings, oldest first.
/// </summary>
internal static class CandlestickQuery
{
    private const int MaxPoints = 1_000;

    public static IResult Answer(GateQuery query, IReadOnlyDictionary<string, PairMarket> markets, DateTimeOffset now)
    {
        var pair = query.Text("currency_pair");
        var code = query.Text("interval") ?? "30m";
        var limit = query.Int("limit");
        var range = query.Range();
        if (query.Error is { } error)
        {
            return GateJson.Error(error);
        }

        if (pair is null || !markets.TryGetValue(pair, out var market))
        {
            return GateJson.Error(pair is null ? GateError.MissingParam("currency_pair") : GateError.InvalidPair(pair));
        }

        if (CandleInterval.Find(code) is not { } interval)
        {
            return GateJson.Error(GateError.InvalidParam("interval", code));
        }

        var current = interval.BucketStart(now);
        DateTimeOffset first, last;
        if (range.IsOpen)
        {
            var count = limit ?? 100;
            if (count is < 1 or > MaxPoints)
            {
                return GateJson.Error(GateError.InvalidParam("limit", count.ToString(CultureInfo.InvariantCulture)));
            }

            (first, last) = (interval.Previous(current, count - 1), current);
        }
        else if (limit is not null)
        {
            return GateJson.Error(new GateError(400, "INVALID_PARAM_VALUE", "limit conflicts with from and to; send either limit or from/to"));
        }
        else
        {
            var to = range.To ?? now;
            var from = range.From ?? interval.Previous(interval.BucketStart(to), 99);
            if (from > to)
            {
                return GateJson.Error(GateError.InvalidParam("from", from.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
            }

            if (interval.CountBuckets(from, to) > MaxPoints)
            {
                return GateJson.Error(new GateError(400, "INVALID_PARAM_VALUE", $"Too many points requested: at most {MaxPoints} per query"));
            }

            first = interval.BucketStart(from) == from ? from : interval.Next(interval.BucketStart(from));
            last = interval.BucketStart(to) < current ? interval.BucketStart(to) : current;
        }

        var rows = market.History.Candles(interval, first, last, now);
        return GateJson.Ok(rows.Select(Row).ToList());
    }

    private static string[] Row(CandleRow row) =>
    [
        GateJson.Seconds(row.Start), Text(row.QuoteVolume), Text(row.Close), Text(row.High), Text(row.Low), Text(row.Open), Text(row.BaseVolume),
        row.Closed ? "true" : "false",
    ];

    private static string Text(decimal value) => Precision.Normalize(value).ToString(CultureInfo.InvariantCulture);
}
