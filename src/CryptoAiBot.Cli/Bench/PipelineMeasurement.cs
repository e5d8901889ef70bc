namespace CryptoAiBot.Cli.Bench;

/// <summary>One timed backtest of the full pipeline and what it cost.</summary>
public sealed record PipelineMeasurement(
    string Name, long Candles, int Trades, int Orders, TimeSpan Elapsed, long AllocatedBytes, int Collections, TimeSpan GcPause)
{
    public double CandlesPerSecond => Candles / Elapsed.TotalSeconds;

    public double BytesPerCandle => (double)AllocatedBytes / Candles;

    /// <summary>Everything allocated per order placed (the no-trade decision path is a small share of it).</summary>
    public double BytesPerOrder => Orders > 0 ? (double)AllocatedBytes / Orders : 0d;
}
