namespace CryptoAiBot.ExchangeSim.Faults;

/// <summary>What a fault rule does to a Gate API request it matches.</summary>
public enum SimFaultKind
{
    /// <summary>Waits <see cref="SimFaultRule.DelayMs"/> before handling the request.</summary>
    Latency,

    /// <summary>Answers <see cref="SimFaultRule.Status"/> (502, 503, 429…) with a Gate-like body without handling the request.</summary>
    Error,

    /// <summary>Handles the request (an order IS created and matched), then holds the response <see cref="SimFaultRule.DelayMs"/> — past the client's timeout.</summary>
    DelayAfterProcess,

    /// <summary>Handles the request, then aborts the connection without a response.</summary>
    DropAfterProcess,

    /// <summary>Handles the request, then answers a broken body (<see cref="SimFaultRule.Body"/>).</summary>
    Malformed,

    /// <summary>Finished orders stop being found by <c>text</c> <see cref="SimFaultRule.DelayMs"/> after they finish (by id they still are).</summary>
    ForgetText,

    /// <summary>
    /// A market order placed (POST <c>/spot/orders</c>) fills only <see cref="SimFaultRule.FillFraction"/> of its amount
    /// and the rest stays <c>open</c> with its funds locked, as a stalled matching engine would leave it: until it is
    /// cancelled, or, with <see cref="SimFaultRule.DelayMs"/> &gt; 0, until that long after placement (on the simulator's
    /// clock) the rest fills from the book then (a late rest fill).
    /// </summary>
    PartialFill,

    /// <summary>Trades stay out of <c>/spot/my_trades</c> for <see cref="SimFaultRule.DelayMs"/> after they happen (the order already shows them as filled).</summary>
    LateTrades,
}
