namespace CryptoAiBot.Application.Ports;

/// <summary>One asset's balance on the exchange account.</summary>
public readonly record struct Balance(string Asset, decimal Free, decimal Locked)
{
    public decimal Total => Free + Locked;
}
