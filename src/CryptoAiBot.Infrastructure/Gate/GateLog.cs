using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// The client's log lines. They carry method, path, status, Gate's label and timings only: never the query, the body,
/// the key, the signature or the timestamp that was signed.
/// </summary>
internal static partial class GateLog
{
    [LoggerMessage(EventId = 3510, Level = LogLevel.Warning, Message = "Gate.io {Method} {Path} failed: {Status} {Label}")]
    public static partial void Refused(ILogger logger, string method, string path, int status, string label);

    [LoggerMessage(EventId = 3511, Level = LogLevel.Warning, Message = "Gate.io {Method} {Path}: {Failure}")]
    public static partial void TransportFailed(ILogger logger, string method, string path, string failure);

    [LoggerMessage(EventId = 3512, Level = LogLevel.Information, Message = "Gate.io {Path}: retry {Attempt} in {Milliseconds} ms after {Reason}")]
    public static partial void Retrying(ILogger logger, string path, int attempt, double milliseconds, string reason);

    [LoggerMessage(EventId = 3513, Level = LogLevel.Error, Message = "Gate.io circuit opened for {Seconds} s after repeated failures")]
    public static partial void CircuitOpened(ILogger logger, double seconds);

    [LoggerMessage(EventId = 3514, Level = LogLevel.Information, Message = "Gate.io circuit closed")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 3515, Level = LogLevel.Information, Message = "Gate.io server clock offset {Milliseconds} ms")]
    public static partial void ClockMeasured(ILogger logger, double milliseconds);

    [LoggerMessage(EventId = 3516, Level = LogLevel.Error, Message = "Gate.io {Method} {Path}: outcome unknown ({Failure}); the order must be looked up before placing again")]
    public static partial void OutcomeUnknown(ILogger logger, string method, string path, string failure);

    [LoggerMessage(EventId = 3517, Level = LogLevel.Warning, Message = "Gate.io {Path}: answer could not be read: {Problem}")]
    public static partial void Malformed(ILogger logger, string path, string problem);

    [LoggerMessage(EventId = 3518, Level = LogLevel.Warning, Message = "Gate.io markets: {Count} pairs could not be read and are not tradable")]
    public static partial void UnreadableMarkets(ILogger logger, int count);

    // Debug: one line per answered request, so a cycle's trace id (a logging scope) ties its broker calls to its decision.
    [LoggerMessage(EventId = 3519, Level = LogLevel.Debug, Message = "Gate.io {Method} {Path} answered {Status} in {Milliseconds} ms")]
    public static partial void Answered(ILogger logger, string method, string path, int status, double milliseconds);
}
