using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Fusion;
using CryptoAiBot.Domain.Indicators;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Domain.Trend;

namespace CryptoAiBot.Domain.Trading;

/// <summary>
/// What stands between a strategy's buy and an entry, in the order of the trading cycle: the fusion of the
/// technical score with the AI score, then the multi-timeframe trend filter. Observes every closed trading
/// candle — in position or not — so the higher timeframes, the model's features and the ATR used for
/// sizing stay current. Exits are never gated: a stop or a sell signal always goes through.
/// <para>
/// A buy is held back (<see cref="DecisionKind.Filtered"/>) when the model has an opinion and the fused
/// score is not positive, or when the trend filter denies entries (down, warming up, stale). Without a
/// model the fused score is the technical score, so the gate then depends on the trend alone.
/// O(1) and allocation-free per candle; one writer (the symbol's decider).
/// </para>
/// </summary>
public sealed class EntryGate
{
    /// <summary>Reason when the model's score pulls the fused score to zero or below.</summary>
    public const string AiOutweighsReason = "the AI score outweighs the buy signal";

    /// <summary>Period of the trading-timeframe ATR exposed for volatility sizing.</summary>
    public const int AtrPeriod = 14;

    private readonly Atr _atr = new(AtrPeriod);

    /// <param name="trend">The trend filter, fed the trading candles; a disabled one always allows.</param>
    /// <param name="fusion">How the technical and AI scores blend; <see cref="SignalFusion.Disabled"/> for technical only.</param>
    /// <param name="ai">The symbol's model; <see cref="NoAiOpinion.Instance"/> while none is loaded.</param>
    public EntryGate(TrendFilter trend, SignalFusion fusion, IAiOpinion ai)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(fusion);
        ArgumentNullException.ThrowIfNull(ai);
        Trend = trend;
        Fusion = fusion;
        Ai = ai;
        Verdict = trend.Evaluate(DateTimeOffset.UnixEpoch);
    }

    public TrendFilter Trend { get; }

    public SignalFusion Fusion { get; }

    public IAiOpinion Ai { get; }

    /// <summary>The trend verdict as of the last observed candle's close.</summary>
    public TrendVerdict Verdict { get; private set; }

    /// <summary>The model's score on the last observed candle; null without an opinion.</summary>
    public double? AiScore { get; private set; }

    /// <summary>ATR(<see cref="AtrPeriod"/>) of the trading timeframe in price units; NaN while it warms up.</summary>
    public double Atr => _atr.Value;

    /// <summary>A gate that lets every buy through: trend filter off, no fusion, no model.</summary>
    public static EntryGate Open(Timeframe input) =>
        new(new TrendFilter(input, TrendWeights.Default, TrendFilterSettings.Default with { Enabled = false }), SignalFusion.Disabled, NoAiOpinion.Instance);

    /// <summary>Takes the next closed trading candle.</summary>
    public void Observe(in Candle candle)
    {
        Verdict = Trend.OnCandle(candle);
        AiScore = Ai.Score(candle);
        _atr.Update((double)candle.High, (double)candle.Low, (double)candle.Close);
    }

    /// <summary>The entry a buy <paramref name="signal"/> on the last observed candle becomes: an entry, or held back and why.</summary>
    public TradingDecision Judge(in StrategySignal signal)
    {
        var fused = Fusion.Fuse(signal.Score, AiScore);
        var modelSpoke = Fusion.Enabled && AiScore is { } ai && !double.IsNaN(ai);
        if (modelSpoke && !(fused > 0d))
        {
            return new TradingDecision(DecisionKind.Filtered, "", fused, AiOutweighsReason);
        }

        return Verdict.AllowsEntry
            ? new TradingDecision(DecisionKind.Enter, TradeIntents.Entry, fused, signal.Reason)
            : new TradingDecision(DecisionKind.Filtered, "", fused, Verdict.Reason);
    }
}
