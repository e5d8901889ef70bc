namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>The fields of <c>POST /spot/orders</c> as sent (numbers may come as strings or JSON numbers).</summary>
internal sealed record OrderRequest(
    string? CurrencyPair, string? Type, string? Side, string? Amount, string? Price, string? TimeInForce, string? Account, string? Text);
