namespace CryptoAiBot.ExchangeSim.Ledger;

/// <summary>One currency of an account; <see cref="Locked"/> backs open limit orders.</summary>
public sealed record SimBalance(string Currency, decimal Available, decimal Locked);
