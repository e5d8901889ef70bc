using BenchmarkDotNet.Attributes;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Indicators;
using CryptoAiBot.Infrastructure.MarketSimulation;

namespace CryptoAiBot.Benchmarks;

/// <summary>Per-update cost of the incremental indicators over 100,000 closes.</summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private double[] _closes = [];
    private double[] _highs = [];
    private double[] _lows = [];

    [GlobalSetup]
    public void Setup()
    {
        var candles = SyntheticCandles.Generate(100_000, 7, DateTimeOffset.UnixEpoch, Timeframe.M1).ToArray();
        _closes = candles.Select(c => (double)c.Close).ToArray();
        _highs = candles.Select(c => (double)c.High).ToArray();
        _lows = candles.Select(c => (double)c.Low).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public double Ema()
    {
        var ema = new Ema(26);
        foreach (var close in _closes)
        {
            ema.Update(close);
        }

        return ema.Value;
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public double Rsi()
    {
        var rsi = new Rsi(14);
        foreach (var close in _closes)
        {
            rsi.Update(close);
        }

        return rsi.Value;
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public double Atr()
    {
        var atr = new Atr(14);
        for (var i = 0; i < _closes.Length; i++)
        {
            atr.Update(_highs[i], _lows[i], _closes[i]);
        }

        return atr.Value;
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public double Bollinger()
    {
        var bands = new BollingerBands(20, 2);
        foreach (var close in _closes)
        {
            bands.Update(close);
        }

        return bands.Upper;
    }
}
