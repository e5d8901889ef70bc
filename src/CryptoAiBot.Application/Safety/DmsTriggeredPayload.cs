namespace CryptoAiBot.Application.Safety;

/// <summary>The JSON body of <c>safety.dms.triggered</c>: which loops fell silent and for how long, and what was done (orders cancelled, sale).</summary>
public sealed record DmsTriggeredPayload(
    string Symbol, IReadOnlyList<string> SilentLoops, double SilentSeconds, double TimeoutSeconds, bool Paused, int CancelledOrders, string SellOutcome);
