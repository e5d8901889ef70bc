using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Execution;

internal static partial class ExecutionLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Duplicate intent {IdempotencyKey}: returning order {ClientOrderId} ({Status}); nothing sent")]
    public static partial void DuplicateIntent(ILogger logger, string idempotencyKey, string clientOrderId, string status);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Sending {Side} {Symbol} order {ClientOrderId} for {Amount} ({Intent})")]
    public static partial void Sending(ILogger logger, string side, string symbol, string clientOrderId, decimal amount, string intent);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Order {ClientOrderId} {Status}: filled {FilledBase} at {AveragePrice}")]
    public static partial void Recorded(ILogger logger, string clientOrderId, string status, decimal filledBase, decimal averagePrice);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Order {ClientOrderId} rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string clientOrderId, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Order {ClientOrderId} outcome unknown; it will be resolved from the exchange, never re-sent")]
    public static partial void OutcomeUnknown(ILogger logger, string clientOrderId, Exception? exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "{Side} on {Symbol} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string side, string symbol, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "Recording order {ClientOrderId} failed: {Reason}")]
    public static partial void RecordFailed(ILogger logger, string clientOrderId, string reason);
}
