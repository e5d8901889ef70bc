using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Events;

/// <summary>
/// The outbox body of an order or trade event, built from the order (an immutable record) only when first read:
/// the <see cref="TradeEventPayload"/> and its JSON are then exactly what serializing it at once would give.
/// </summary>
public sealed class TradeEventBody(Order order, string symbol) : EventPayload
{
    public override bool IsMissing => false;

    protected override string Serialize() => EventJson.Serialize(TradeEventPayload.From(order, symbol));
}
