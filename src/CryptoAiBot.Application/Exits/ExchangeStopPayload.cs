using CryptoAiBot.Domain.Exits;

namespace CryptoAiBot.Application.Exits;

/// <summary>The JSON body of <c>protective_exit.exchange_stop_placed</c>.</summary>
public sealed record ExchangeStopPayload(string Symbol, string StopId, decimal TriggerPrice, decimal BaseAmount, DateTimeOffset PlacedAt)
{
    public ExchangeStopPayload(ExchangeStop stop)
        : this(stop.Symbol.ToString(), stop.StopId, stop.TriggerPrice, stop.BaseAmount, stop.PlacedAt)
    {
    }
}
