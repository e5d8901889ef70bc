namespace CryptoAiBot.Cli.Bench;

/// <summary>A sweep of <see cref="Runs"/> backtests of <see cref="Candles"/> candles each, timed serially and on <see cref="Cores"/> cores.</summary>
internal sealed record SweepMeasurement(int Runs, int Candles, int Cores, TimeSpan Serial, TimeSpan Parallel)
{
    public double SpeedUp => Serial / Parallel;
}
