using System.Text.Json;
using CryptoAiBot.Application.Ports;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Reads <c>/spot/accounts</c>: free = available, locked = in open orders.</summary>
internal static class GateBalanceParser
{
    private const string Context = "account";

    public static IReadOnlyList<Balance> ParseList(JsonElement root) =>
    [
        .. GateJson.Array(root, "accounts").EnumerateArray().Select(item => new Balance(
            GateJson.String(item, Context, "currency").ToUpperInvariant(),
            GateJson.Decimal(item, Context, "available"),
            GateJson.Decimal(item, Context, "locked"))),
    ];
}
