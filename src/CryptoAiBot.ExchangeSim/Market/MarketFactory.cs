using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.ExchangeSim.Market;

/// <summary>Builds each pair's market: the candle file's replay for the replayed pair, a seeded random walk for the others.</summary>
internal static class MarketFactory
{
    public static Dictionary<string, PairMarket> Create(GateSimulatorOptions options, DateTimeOffset start)
    {
        var markets = new Dictionary<string, PairMarket>(StringComparer.Ordinal);
        for (var i = 0; i < options.Pairs.Count; i++)
        {
            var pair = options.Pairs[i];
            IPricePath path = pair.Id == options.ReplayPair && options.CandlesFile is { } file
                ? new CandleReplayPath(pair, ReadCandles(file), options.ReplayWarmupCandles)
                : new RandomWalkPath(pair, options, new Random(unchecked(options.Seed + (7_919 * (i + 1)))));
            markets[pair.Id] = new PairMarket(pair, options, path, start);
        }

        return markets;
    }

    private static IReadOnlyList<Domain.Candles.Candle> ReadCandles(string file)
    {
        var read = CandleCsvReader.ReadFile(file);
        if (!read.IsValid || read.Candles.Count == 0)
        {
            var problems = read.Problems.Select(p => $"CandlesFile {file}: {p}").ToList();
            throw new GateSimulatorOptionsException(problems.Count > 0 ? problems : [$"CandlesFile {file} holds no candle."]);
        }

        return read.Candles;
    }
}
