using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// The markets, loaded from <c>/spot/currency_pairs</c> once and trusted for <see cref="GateClientOptions.MarketsTtl"/>:
/// every order is quantized against them, so they are read before the first order and refreshed now and then
/// (Gate changes a pair's precision rarely, but does).
/// </summary>
internal sealed class GateMarkets(GateRestClient client, GateClientOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private GateMarketList? _list;
    private DateTimeOffset _loadedAt;

    public async Task<Result<GateMarketList>> LoadAsync(bool reload, CancellationToken cancellationToken)
    {
        if (!reload && Fresh() is { } cached)
        {
            return cached;
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!reload && Fresh() is { } loaded)
            {
                return loaded;
            }

            var list = await client.SendAsync(GatePublicRequests.CurrencyPairs(), GateMarketParser.ParseList, "currency pairs", cancellationToken)
                .ConfigureAwait(false);
            if (!list.IsSuccess)
            {
                // A failed refresh keeps trading on the markets already known rather than stopping.
                return _list is { } previous && !reload ? previous : list;
            }

            if (list.Value.Unreadable.Count > 0)
            {
                GateLog.UnreadableMarkets(logger, list.Value.Unreadable.Count);
            }

            (_list, _loadedAt) = (list.Value, time.GetUtcNow());
            return list;
        }
        finally
        {
            _loading.Release();
        }
    }

    public async Task<Result<GateMarket>> GetAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var list = await LoadAsync(reload: false, cancellationToken).ConfigureAwait(false);
        if (!list.IsSuccess)
        {
            return list.Error;
        }

        return list.Value.Markets.TryGetValue(symbol, out var market) ? market
            : list.Value.Unreadable.TryGetValue(symbol.ExchangeCode, out var problem)
                ? new Error(ErrorCode.MalformedResponse, $"Gate.io lists {symbol} but its rules could not be read: {problem}")
                : new Error(ErrorCode.InvalidSymbol, $"{symbol} is not a Gate.io spot market.");
    }

    public void Dispose() => _loading.Dispose();

    private GateMarketList? Fresh() => _list is { } list && time.GetUtcNow() - _loadedAt < options.MarketsTtl ? list : null;
}
