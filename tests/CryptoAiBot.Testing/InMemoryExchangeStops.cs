using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Testing;

/// <summary>
/// Exchange-side stops held in memory over a paper broker, for application tests: a test fires a stop with
/// <see cref="Fire"/> (as the exchange would when the price fell through it), and the sell is executed on the paper
/// broker the first time the keeper asks for it, under the id the keeper gives. Refuses a trigger at or above the
/// current price, as Gate does.
/// </summary>
public sealed class InMemoryExchangeStops(IBroker broker, ControllableMarketData prices) : IExchangeStops
{
    private readonly Dictionary<string, (Symbol Symbol, decimal Amount, decimal Trigger, ExchangeStopState State)> _stops = [];
    private readonly Dictionary<string, BrokerOrder> _fired = [];
    private int _next;

    public IReadOnlyList<string> Open => [.. _stops.Where(s => s.Value.State == ExchangeStopState.Open).Select(s => s.Key)];

    public int Placed => _next;

    public int Cancelled => _stops.Count(s => s.Value.State == ExchangeStopState.Cancelled);

    /// <summary>The exchange's last trade price when it differs from the test market's price (null: the same).</summary>
    public decimal? LastPrice { get; set; }

    public decimal TriggerOf(string stopId) => _stops[stopId].Trigger;

    public decimal AmountOf(string stopId) => _stops[stopId].Amount;

    /// <summary>The exchange fires <paramref name="stopId"/>: its sell happens when the keeper first looks for it.</summary>
    public void Fire(string stopId) => _stops[stopId] = _stops[stopId] with { State = ExchangeStopState.Fired };

    /// <summary>The exchange drops <paramref name="stopId"/> (its time ran out).</summary>
    public void Expire(string stopId) => _stops[stopId] = _stops[stopId] with { State = ExchangeStopState.Expired };

    public Task<Result<ExchangeStopReport>> PlaceAsync(Symbol symbol, decimal baseAmount, decimal triggerPrice, CancellationToken cancellationToken)
    {
        if (triggerPrice >= (LastPrice ?? prices.Price))
        {
            return Report(new ExchangeStopReport("", ExchangeStopState.ThroughMarket));
        }

        var id = (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _stops[id] = (symbol, baseAmount, triggerPrice, ExchangeStopState.Open);
        return Report(new ExchangeStopReport(id, ExchangeStopState.Open));
    }

    public Task<Result<ExchangeStopReport>> GetAsync(Symbol symbol, string stopId, CancellationToken cancellationToken) =>
        _stops.TryGetValue(stopId, out var stop)
            ? Report(new ExchangeStopReport(stopId, stop.State))
            : Report(new Error(ErrorCode.NotFound, $"No stop {stopId}."));

    public Task<Result<ExchangeStopReport>> CancelAsync(Symbol symbol, string stopId, CancellationToken cancellationToken)
    {
        if (!_stops.TryGetValue(stopId, out var stop))
        {
            return Report(new Error(ErrorCode.NotFound, $"No stop {stopId}."));
        }

        if (stop.State == ExchangeStopState.Open)
        {
            _stops[stopId] = stop with { State = ExchangeStopState.Cancelled };
        }

        return Report(new ExchangeStopReport(stopId, _stops[stopId].State));
    }

    public async Task<Result<BrokerOrder>> GetFiredOrderAsync(Symbol symbol, string stopId, ClientOrderId recordAs, CancellationToken cancellationToken)
    {
        if (!_stops.TryGetValue(stopId, out var stop) || stop.State != ExchangeStopState.Fired)
        {
            return new Error(ErrorCode.NotFound, $"Stop {stopId} has not fired.");
        }

        if (!_fired.TryGetValue(stopId, out var sell))
        {
            var sold = await broker.PlaceMarketSellAsync(symbol, stop.Amount, recordAs, cancellationToken).ConfigureAwait(false);
            if (!sold.IsSuccess)
            {
                return sold.Error!;
            }

            sell = sold.Value;
            _fired[stopId] = sell;
        }

        return sell;
    }

    private static Task<Result<ExchangeStopReport>> Report(Result<ExchangeStopReport> result) => Task.FromResult(result);
}
