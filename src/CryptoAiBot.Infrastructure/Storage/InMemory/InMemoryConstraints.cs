using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Infrastructure.Storage.InMemory;

/// <summary>
/// The NOT NULL columns of the SQL schema, checked before an in-memory write so that a value SQLite
/// would reject is rejected here too, and before anything of the change set has been applied. Lists
/// are walked by index: this runs on every commit, and most parts of a change set are empty.
/// </summary>
internal static class InMemoryConstraints
{
    public static void Check(StoreChanges changes)
    {
        for (var i = 0; i < changes.Orders.Count; i++)
        {
            Check(changes.Orders[i]);
        }

        Check(changes.Fills);
        for (var i = 0; i < changes.Positions.Count; i++)
        {
            Require(changes.Positions[i].Symbol, "positions.symbol");
        }

        for (var i = 0; i < changes.Events.Count; i++)
        {
            Require(changes.Events[i].Topic, "outbox.topic");
            // Checked without serializing: a deferred body is serialized only if someone reads it.
            Require(!changes.Events[i].Payload.IsMissing, "outbox.payload_json");
        }

        for (var i = 0; i < changes.Audit.Count; i++)
        {
            Require(changes.Audit[i].Action, "audit_log.action");
            Require(changes.Audit[i].DetailsJson, "audit_log.details_json");
        }
    }

    public static void Check(Order order)
    {
        Require(order.Intent, "orders.intent");
        Require(order.IdempotencyKey, "orders.idempotency_key");
        Check(order.Fills);
    }

    private static void Check(IReadOnlyList<Fill> fills)
    {
        for (var i = 0; i < fills.Count; i++)
        {
            Require(fills[i].TradeId.Value, "fills.trade_id");
            Require(fills[i].FeeAsset, "fills.fee_asset");
        }
    }

    private static void Require(string? value, string column) => Require(value is not null, column);

    private static void Require(bool present, string column)
    {
        if (!present)
        {
            throw new InvalidOperationException($"NOT NULL constraint failed: {column}.");
        }
    }
}
