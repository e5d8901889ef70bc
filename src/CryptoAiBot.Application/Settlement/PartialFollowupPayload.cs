namespace CryptoAiBot.Application.Settlement;

/// <summary>
/// <c>trade.partial_followup</c>: the remainder of a stalled order was re-placed as one follow-up order.
/// <see cref="Remainder"/> is in <see cref="RemainderAsset"/> (quote for a buy, base for a sell); <see cref="Outcome"/>
/// is how the follow-up went (Executed, Rejected, Unknown).
/// </summary>
public sealed record PartialFollowupPayload(
    string Symbol,
    string Side,
    string OriginalClientOrderId,
    string FollowUpClientOrderId,
    decimal Remainder,
    string RemainderAsset,
    string Outcome);
