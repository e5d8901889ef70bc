using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The NOT NULL columns of the SQL schema, checked before an in-memory write so that a value SQLite
/// would reject is rejected here too, and before anything of the change set has been applied.
/// </summary>
internal static class InMemoryConstraints
{
    public static void Check(StoreChanges changes)
    {
        foreach (var order in changes.Orders)
        {
            Check(order);
        }

        foreach (var fill in changes.Fills)
        {
            Require(fill.TradeId.Value, "fills.trade_id");
            Require(fill.FeeAsset, "fills.fee_asset");
        }

        foreach (var position in changes.Positions)
        {
            Require(position.Symbol, "positions.symbol");
        }

        foreach (var message in changes.Events)
        {
            Require(message.Topic, "outbox.topic");
            Require(message.PayloadJson, "outbox.payload_json");
        }

        foreach (var entry in changes.Audit)
        {
            Require(entry.Action, "audit_log.action");
            Require(entry.DetailsJson, "audit_log.details_json");
        }
    }

    public static void Check(Order order)
    {
        Require(order.Intent, "orders.intent");
        Require(order.IdempotencyKey, "orders.idempotency_key");
        foreach (var fill in order.Fills)
        {
            Require(fill.TradeId.Value, "fills.trade_id");
            Require(fill.FeeAsset, "fills.fee_asset");
        }
    }

    private static void Require(string? value, string column)
    {
        if (value is null)
        {
            throw new InvalidOperationException($"NOT NULL constraint failed: {column}.");
        }
    }
}
