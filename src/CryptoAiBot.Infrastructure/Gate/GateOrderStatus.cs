namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// A spot order's <c>status</c>. <see cref="Cancelled"/> covers any order that ended with something left, partly
/// filled or not (an IOC remainder included), so it never says whether anything was bought: read the fills.
/// </summary>
public enum GateOrderStatus
{
    Open = 1,
    Closed,
    Cancelled,
}
