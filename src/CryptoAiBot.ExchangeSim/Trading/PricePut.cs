namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>The order a price order places when it fires (<c>put</c>); amount is quote for a market buy.</summary>
internal sealed record PricePut(string Type, string Side, decimal Price, decimal Amount, string Account, string TimeInForce, string Text);
