using System.Text.Json;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Host.Endpoints;
using CryptoAiBot.Testing;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// Operator orders (<c>POST /orders</c> with an Idempotency-Key) on the rig's running bot, for a fault matrix that needs
/// an order at a moment of its choosing. A placement held by a fault (an answer past HTTP_TIMEOUT, a 429 pause) only
/// ends when the rig's clock moves: it is awaited through <see cref="ClockNudges"/>.
/// </summary>
internal static class OperatorOrders
{
    public const string Token = "fault-matrix-token";

    /// <summary>The settings the rig needs for operator orders.</summary>
    public static (string Name, string Value) TokenSetting => ("API_TOKEN", Token);

    /// <summary>Places (or, for a key already used, looks up) an operator order; the HTTP status and the answer's JSON.</summary>
    public static async Task<(int Status, JsonElement Body)> PlaceAsync(LiveSimulatorRig rig, OrderSide side, string key)
    {
        // Longer than the bot's own HTTP_TIMEOUT: the bot, not this client, must be the one to give up on a held answer.
        using var client = BotHttp.CreateClient(rig.Bot.BaseAddress, TimeSpan.FromSeconds(60));
        var request = client.PostTextAsync($"/orders?symbol={LiveSimulatorRig.Symbol}&side={side.Lowercase()}", Token, (OrderEndpoints.IdempotencyHeader, key));
        var (status, body) = await ClockNudges.AwaitAsync(rig, request, $"POST /orders ({side.Lowercase()}, {key})");
        using var document = JsonDocument.Parse(body);
        return (status, document.RootElement.Clone());
    }

    /// <summary>The answer's outcome (executed, duplicate, unknown, rejected).</summary>
    public static string Outcome(JsonElement body) => body.GetProperty("outcome").GetString() ?? "";
}
