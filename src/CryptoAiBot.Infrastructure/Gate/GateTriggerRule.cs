namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// When a price-triggered order fires: last price at or below (<c>&lt;=</c>, a long position's stop-loss sell) or at or
/// above (<c>&gt;=</c>, a take-profit sell) the trigger price.
/// </summary>
public enum GateTriggerRule
{
    AtOrBelow = 1,
    AtOrAbove,
}
