using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Domain.Exits;

/// <summary>
/// A protective stop resting on the exchange (a price-triggered market sell): the exchange's id for it, the
/// trigger it sells at (last price at or below), how much base it sells, and when it was placed. Persisted so
/// that a restart knows what is resting on the exchange and never leaves a second stop behind.
/// </summary>
public sealed record ExchangeStop(Symbol Symbol, string StopId, decimal TriggerPrice, decimal BaseAmount, DateTimeOffset PlacedAt);
