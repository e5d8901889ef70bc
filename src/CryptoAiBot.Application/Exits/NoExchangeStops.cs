using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Exits;

/// <summary>No exchange-side stops (paper, backtests): every call says so; the keeper is off there and never calls it.</summary>
public sealed class NoExchangeStops : IExchangeStops
{
    public static NoExchangeStops Instance { get; } = new();

    private static readonly Error None = new(ErrorCode.Validation, "This broker has no exchange-side stops.");

    private NoExchangeStops()
    {
    }

    public Task<Result<ExchangeStopReport>> PlaceAsync(Symbol symbol, decimal baseAmount, decimal triggerPrice, CancellationToken cancellationToken) =>
        Task.FromResult<Result<ExchangeStopReport>>(None);

    public Task<Result<ExchangeStopReport>> GetAsync(Symbol symbol, string stopId, CancellationToken cancellationToken) =>
        Task.FromResult<Result<ExchangeStopReport>>(None);

    public Task<Result<ExchangeStopReport>> CancelAsync(Symbol symbol, string stopId, CancellationToken cancellationToken) =>
        Task.FromResult<Result<ExchangeStopReport>>(None);

    public Task<Result<BrokerOrder>> GetFiredOrderAsync(Symbol symbol, string stopId, ClientOrderId recordAs, CancellationToken cancellationToken) =>
        Task.FromResult<Result<BrokerOrder>>(None);
}
