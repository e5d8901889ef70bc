namespace CryptoAiBot.Application.Settlement;

/// <summary>Why a cancelled remainder is not re-placed (the <c>reason</c> of <c>trade.remainder_dropped</c>).</summary>
public static class RemainderReasons
{
    /// <summary>Below the exchange's minimum order or one lot: it could not be sent; recorded as dust.</summary>
    public const string Dust = "dust_below_minimum";

    /// <summary>The stalled order was itself a follow-up: a remainder is followed up once, never in a chain.</summary>
    public const string FollowUpNotRepeated = "follow_up_not_repeated";
}
