using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// How buys are gated before they become entries, as configured: the multi-timeframe trend filter
/// (<c>MTF_ENABLED</c>, <c>MTF_W_*</c>) and the fusion of technical and AI scores (<c>FUSION_*</c>).
/// Every symbol gets its own <see cref="EntryGate"/> built from it, so state is never shared.
/// </summary>
public sealed record EntryPolicy(TrendWeights TrendWeights, TrendFilterSettings Trend, SignalFusion Fusion)
{
    /// <summary>Every buy goes through: trend filter off, technical score only.</summary>
    public static EntryPolicy Open { get; } = new(TrendWeights.Default, TrendFilterSettings.Default with { Enabled = false }, SignalFusion.Disabled);

    /// <summary>The trend filter in words, for reports: <c>off</c>, or its weights, measure and threshold.</summary>
    public string DescribeTrend()
    {
        if (!Trend.Enabled)
        {
            return "off";
        }

        var weights = string.Join(", ", TrendWeights.Timeframes.Where(t => TrendWeights.For(t) > 0m).Select(t => $"{t} {TrendWeights.For(t)}"));
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{weights}; EMA {Trend.EmaPeriod}, ATR {Trend.AtrPeriod} x {Trend.AtrMultiple}; entries at score >= {Trend.EntryThreshold}");
    }

    /// <summary>A fresh gate for one symbol trading <paramref name="input"/> candles, asking <paramref name="ai"/>.</summary>
    /// <exception cref="ArgumentException">A weighted trend timeframe cannot be built from <paramref name="input"/> (settings reject this at start).</exception>
    public EntryGate CreateGate(Timeframe input, IAiOpinion ai) => new(new TrendFilter(input, TrendWeights, Trend), Fusion, ai);
}
