namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>How one fill's fee was paid: in the received currency, or deducted as POINT or GT instead.</summary>
internal readonly record struct FillFee(decimal Fee, decimal PointFee, decimal GtFee);
