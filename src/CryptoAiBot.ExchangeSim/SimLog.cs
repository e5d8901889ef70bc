using Microsoft.Extensions.Logging;

namespace CryptoAiBot.ExchangeSim;

/// <summary>The simulator's log events (ids 6000–6099).</summary>
internal static partial class SimLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Gate.io simulator listening on {BaseUrl} with {PairCount} pairs and {AccountCount} accounts")]
    public static partial void Started(ILogger logger, Uri baseUrl, int pairCount, int accountCount);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Resting order {OrderId} on {Symbol} filled at {Price}")]
    public static partial void RestingOrderFilled(ILogger logger, long orderId, string symbol, decimal price);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Price order {PriceOrderId} on {Symbol} triggered at {LastPrice}: {Status}, order {FiredOrderId}")]
    public static partial void PriceOrderFired(ILogger logger, long priceOrderId, string symbol, decimal lastPrice, string status, long firedOrderId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Countdown expired: {CancelledOrders} open orders cancelled")]
    public static partial void CountdownFired(ILogger logger, int cancelledOrders);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Fault {FaultKind} injected on {Method} {Path}")]
    public static partial void FaultInjected(ILogger logger, string faultKind, string method, string path);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "Simulator clock tick failed")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Debug, Message = "Rejected {Method} {Path}: {Status} {Label}")]
    public static partial void Rejected(ILogger logger, string method, string path, int status, string label);
}
