using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>The broker with the crash test's <see cref="CrashStep.ResponseReceived"/> step: a placement's report in hand, not yet recorded.</summary>
internal sealed class CrashingBroker(IBroker inner, CrashPlan plan) : IBroker
{
    public TimeSpan NewOrderVisibilityDelay => inner.NewOrderVisibilityDelay;

    public TimeSpan? ClockOffset => inner.ClockOffset;

    public ValueTask<Result<InstrumentRules>> GetInstrumentRulesAsync(Symbol symbol, CancellationToken cancellationToken) =>
        inner.GetInstrumentRulesAsync(symbol, cancellationToken);

    public async ValueTask<Result<BrokerOrder>> PlaceMarketBuyAsync(
        Symbol symbol, decimal quoteAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        Answered(await inner.PlaceMarketBuyAsync(symbol, quoteAmount, clientOrderId, cancellationToken).ConfigureAwait(false));

    public async ValueTask<Result<BrokerOrder>> PlaceMarketSellAsync(
        Symbol symbol, decimal baseAmount, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        Answered(await inner.PlaceMarketSellAsync(symbol, baseAmount, clientOrderId, cancellationToken).ConfigureAwait(false));

    public Task<Result<BrokerOrder>> GetOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        inner.GetOrderAsync(symbol, clientOrderId, cancellationToken);

    public Task<Result<BrokerOrder>> CancelOrderAsync(Symbol symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        inner.CancelOrderAsync(symbol, clientOrderId, cancellationToken);

    public ValueTask<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) => inner.GetBalancesAsync(cancellationToken);

    public Task<Result<IReadOnlyList<ExchangeOpenOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken cancellationToken) =>
        inner.GetOpenOrdersAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<ExchangeTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.GetTradesAsync(symbol, since, cancellationToken);

    private Result<BrokerOrder> Answered(Result<BrokerOrder> placed)
    {
        if (placed.IsSuccess)
        {
            plan.Reached(CrashStep.ResponseReceived);
        }

        return placed;
    }
}
