using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// What gates a symbol's entries right now, for <c>/orchestrator/status</c>: the trend verdict (a stale or
/// warming timeframe says so here), each timeframe's score, and the AI model's latest opinion.
/// </summary>
public sealed record EntryGateStatus(
    bool TrendEnabled,
    double TrendScore,
    bool EntriesAllowed,
    bool Stale,
    string Reason,
    IReadOnlyList<TrendTimeframeStatus> Timeframes,
    string AiModel,
    double? AiScore,
    bool FusionEnabled)
{
    /// <summary>A snapshot of <paramref name="gate"/>; call from the symbol's writer, never concurrently with it.</summary>
    public static EntryGateStatus Of(EntryGate gate)
    {
        var trend = gate.Trend;
        var verdict = gate.Verdict;
        var timeframes = trend.Timeframes.Select(t =>
        {
            var score = trend.ComponentScore(t);
            return new TrendTimeframeStatus(
                t.Code, (double)trend.Weights.For(t), double.IsNaN(score) ? null : score, trend.ClosedCandles(t), trend.LastClosedAt(t));
        }).ToArray();
        return new EntryGateStatus(
            trend.Enabled, verdict.Score, verdict.AllowsEntry, verdict.Stale, verdict.Reason, timeframes, gate.Ai.Name, gate.AiScore, gate.Fusion.Enabled);
    }
}
