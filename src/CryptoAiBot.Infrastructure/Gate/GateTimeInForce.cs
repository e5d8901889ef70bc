namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>Time in force: good till cancelled, immediate or cancel, post only (<c>poc</c>), fill or kill.</summary>
public enum GateTimeInForce
{
    Gtc = 1,
    Ioc,
    Poc,
    Fok,
}
