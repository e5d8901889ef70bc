namespace CryptoAiBot.Application.Settlement;

/// <summary>
/// <c>trade.remainder_dropped</c>: the cancelled remainder of a stalled order that is not re-placed, and why
/// (<see cref="RemainderReasons"/>). <see cref="Remainder"/> is in <see cref="RemainderAsset"/>.
/// </summary>
public sealed record RemainderDroppedPayload(
    string Symbol,
    string Side,
    string ClientOrderId,
    decimal Remainder,
    string RemainderAsset,
    string Reason,
    string Detail);
