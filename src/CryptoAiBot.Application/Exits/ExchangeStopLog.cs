using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Exits;

/// <summary>Log messages of the exchange-side stops, with stable event ids.</summary>
internal static partial class ExchangeStopLog
{
    [LoggerMessage(EventId = 3601, Level = LogLevel.Information, Message = "Exchange stop {StopId} placed for {Symbol}: sell {Amount} at {Trigger} or below")]
    public static partial void Placed(ILogger logger, string symbol, string stopId, decimal trigger, decimal amount);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "Exchange stop for {Symbol} at {Trigger} could not be placed: {Problem}; the bot-side stop still guards")]
    public static partial void PlaceFailed(ILogger logger, string symbol, decimal trigger, string problem);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "Exchange stop for {Symbol} at {Trigger} is already through the market: selling now")]
    public static partial void ThroughMarket(ILogger logger, string symbol, decimal trigger);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Warning, Message = "Exchange stop {StopId} of {Symbol} could not be cancelled: {Problem}; not selling over it")]
    public static partial void CancelFailed(ILogger logger, string symbol, string stopId, string problem);

    [LoggerMessage(EventId = 3605, Level = LogLevel.Information, Message = "Exchange stop {StopId} of {Symbol} is {State} on the exchange; placing it again if still needed")]
    public static partial void Gone(ILogger logger, string symbol, string stopId, string state);

    [LoggerMessage(EventId = 3606, Level = LogLevel.Warning, Message = "Exchange stop {StopId} of {Symbol} fired: sold {Quantity} at {Price}")]
    public static partial void Fired(ILogger logger, string symbol, string stopId, decimal quantity, decimal price);

    [LoggerMessage(EventId = 3607, Level = LogLevel.Information, Message = "Exchange stop {StopId} of {Symbol} fired; its sell is not on record yet: {Problem}")]
    public static partial void FiredNotYetVisible(ILogger logger, string symbol, string stopId, string problem);
}
