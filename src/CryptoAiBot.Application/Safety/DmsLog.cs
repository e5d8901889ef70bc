using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Safety;

/// <summary>Log messages of the dead man's switch, with stable event ids.</summary>
internal static partial class DmsLog
{
    [LoggerMessage(EventId = 3701, Level = LogLevel.Critical, Message = "Dead man's switch triggered for {Symbol}: {Loops} silent for {Seconds:0} s")]
    public static partial void Triggered(ILogger logger, string symbol, string loops, double seconds);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Error, Message = "Dead man's switch check failed; it keeps checking")]
    public static partial void CheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3703, Level = LogLevel.Warning, Message = "Exchange countdown for {Symbol} could not be armed: {Problem}")]
    public static partial void CountdownFailed(ILogger logger, string symbol, string problem);
}
