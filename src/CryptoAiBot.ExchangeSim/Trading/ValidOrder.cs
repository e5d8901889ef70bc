namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>An order request that passed every check; <see cref="Price"/> is 0 for market orders.</summary>
internal sealed record ValidOrder(
    string CurrencyPair, string Type, string Side, decimal Amount, decimal Price, string TimeInForce, string Account, string Text);
