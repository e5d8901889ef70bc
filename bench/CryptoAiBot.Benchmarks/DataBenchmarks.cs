using BenchmarkDotNet.Attributes;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketData;
using CryptoAiBot.Infrastructure.MarketSimulation;

namespace CryptoAiBot.Benchmarks;

/// <summary>CSV parsing and 1m → 1h resampling over 100,000 candles.</summary>
[MemoryDiagnoser]
public class DataBenchmarks
{
    private Candle[] _candles = [];
    private string _csv = "";

    [GlobalSetup]
    public void Setup()
    {
        _candles = SyntheticCandles.Generate(100_000, 7, DateTimeOffset.UnixEpoch, Timeframe.M1).ToArray();
        using var writer = new StringWriter();
        CandleCsvWriter.Write(writer, _candles);
        _csv = writer.ToString();
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public int ParseCsv()
    {
        using var reader = new StringReader(_csv);
        return CandleCsvReader.Read(reader, Timeframe.M1).RowCount;
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public int ResampleToHours() => CandleResampler.Resample(_candles, Timeframe.M1, Timeframe.H1).Count;
}
