using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Reconciliation;

internal static partial class ReconciliationLog
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Reconciliation {Symbol}: order {ClientOrderId} corrected from the exchange: {Before} -> {After}, {Fills} fill(s) applied")]
    public static partial void Corrected(ILogger logger, string symbol, string clientOrderId, string before, string after, int fills);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Reconciliation {Symbol}: order {ClientOrderId} could not be corrected yet: {Reason}")]
    public static partial void NotCorrected(ILogger logger, string symbol, string clientOrderId, string reason);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Reconciliation {Symbol}: foreign order {ExchangeOrderId} ({ClientText}) open on the exchange; not touched")]
    public static partial void ForeignOrder(ILogger logger, string symbol, string exchangeOrderId, string clientText);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Error, Message = "Reconciliation {Symbol}: {Reason}")]
    public static partial void Drift(ILogger logger, string symbol, string reason);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "Reconciliation {Symbol}: operator accepted {Offset} {Asset} on the account as not the bot's")]
    public static partial void OffsetAccepted(ILogger logger, string symbol, decimal offset, string asset);
}
