namespace CryptoAiBot.Application.Ports;

/// <summary>An order's state as the exchange reports it, mapped from its own vocabulary.</summary>
public enum BrokerOrderState
{
    Open = 1,
    Filled,
    Canceled,
    Rejected,
    Expired,
}
