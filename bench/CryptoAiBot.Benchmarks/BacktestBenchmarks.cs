using BenchmarkDotNet.Attributes;
using CryptoAiBot.Cli.Bench;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketSimulation;

namespace CryptoAiBot.Benchmarks;

/// <summary>The full backtest loop (decider, risk, execution, paper broker, storage) per candle, plain configuration.</summary>
[MemoryDiagnoser]
public class BacktestBenchmarks
{
    private const int Candles = 200_000;
    private Candle[] _candles = [];

    [GlobalSetup]
    public void Setup() => _candles = SyntheticCandles.Generate(Candles, 7, DateTimeOffset.UnixEpoch, Timeframe.M1).ToArray();

    [Benchmark(OperationsPerInvoke = Candles)]
    public async Task<long> PlainConfiguration()
    {
        var settings = PipelineBenchmark.PlainSettings(Timeframe.M1);
        var result = await PipelineBenchmark.RunAsync("plain", _candles, _candles[0].OpenTime, settings, PipelineBenchmark.PlainStrategy, CancellationToken.None);
        return result.Candles;
    }
}
