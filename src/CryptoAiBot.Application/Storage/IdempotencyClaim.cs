using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Storage;

/// <summary>Result of trying to reserve an idempotency key.</summary>
/// <param name="Claimed">True when this caller now owns the key and its pending order was stored.</param>
/// <param name="ExistingClientOrderId">When not claimed: the order the live key already points to.</param>
public readonly record struct IdempotencyClaim(bool Claimed, ClientOrderId? ExistingClientOrderId)
{
    public static IdempotencyClaim Won => new(true, null);

    public static IdempotencyClaim Lost(ClientOrderId existing) => new(false, existing);
}
