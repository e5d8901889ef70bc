using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Orchestration;

internal static partial class OrchestratorLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Orchestrator {Symbol}: {State}")]
    public static partial void StateChanged(ILogger logger, string symbol, string state);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Orchestrator {Symbol}: loop {Loop} failed (failure {Failures}); other loops continue")]
    public static partial void LoopFailed(ILogger logger, string symbol, string loop, long failures, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Cycle {TraceId} {Symbol}: {Action} ({Reason})")]
    public static partial void Decision(ILogger logger, string traceId, string symbol, string action, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Cycle {TraceId} {Symbol}: risk blocked entry: {Reasons}")]
    public static partial void RiskBlocked(ILogger logger, string traceId, string symbol, string reasons);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Reconciliation {Symbol}: {Outcome}")]
    public static partial void Reconciled(ILogger logger, string symbol, string outcome);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Trend {Symbol} {Timeframe}: native candles unavailable, the filter keeps resampling trading candles: {Problem}")]
    public static partial void HigherTimeframeUnavailable(ILogger logger, string symbol, string timeframe, string problem);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Orchestrator {Symbol}: start-up reconciliation done; trading may begin")]
    public static partial void StartupReconciled(ILogger logger, string symbol);

    // Debug: most passes hold; at Information they would drown the trades.
    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug, Message = "Cycle {TraceId} {Symbol}: hold ({Reason})")]
    public static partial void Held(ILogger logger, string traceId, string symbol, string reason);
}
