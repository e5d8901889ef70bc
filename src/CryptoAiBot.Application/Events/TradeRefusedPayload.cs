namespace CryptoAiBot.Application.Events;

/// <summary>The JSON body of <c>trade.failed</c> for an intent refused before any order existed.</summary>
public sealed record TradeRefusedPayload(string Symbol, string Side, string Intent, decimal QuoteAmount, string ErrorCode, string Error);
