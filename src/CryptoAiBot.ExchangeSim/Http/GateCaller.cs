using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>The account whose key signed the request, put there by the signature check.</summary>
internal static class GateCaller
{
    private const string ItemKey = "gate.account";

    public static void Set(HttpContext context, SimAccount account) => context.Items[ItemKey] = account;

    public static SimAccount Account(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is SimAccount account
            ? account
            : throw new InvalidOperationException("A signed endpoint ran without a verified account; the signature middleware must run first.");
}
