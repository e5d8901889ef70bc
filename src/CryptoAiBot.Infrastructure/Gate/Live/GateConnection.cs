using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.CrashTesting;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// The bot's connection to Gate.io (or a Gate-compatible <c>EXCHANGE_URL</c>): one client, and the ports over it —
/// broker, market data, exchange-side stops. Owns the HTTP handlers it creates. For live trading it is checked at
/// start — Gate's clock, the traded markets, and an authenticated balance read — so a wrong key, a clock off by more
/// than Gate accepts, or a pair Gate does not list stops the start with the reason instead of failing on the first order.
/// </summary>
public sealed class GateConnection : IDisposable
{
    private readonly ServiceProvider _services;

    private GateConnection(ServiceProvider services, GateExchange exchange, TimeProvider time, TimeSpan newOrderVisibility)
    {
        _services = services;
        Exchange = exchange;
        Broker = new GateBroker(exchange, time, newOrderVisibility);
        MarketData = new GateMarketData(exchange);
        Stops = new GateExchangeStops(exchange, Broker);
        Countdown = new GateOrderCountdown(exchange);
    }

    public GateExchange Exchange { get; }

    public GateBroker Broker { get; }

    public GateMarketData MarketData { get; }

    public GateExchangeStops Stops { get; }

    public GateOrderCountdown Countdown { get; }

    /// <summary>
    /// A connection with the configured credentials (<paramref name="authenticated"/>: live) or none (public market data
    /// for paper trading). <paramref name="logging"/> says how the client logs (its loggers live as long as the
    /// connection); not at all when null.
    /// </summary>
    public static GateConnection Create(
        BotSettings settings, bool authenticated, TimeProvider time, Action<ILoggingBuilder>? logging, CrashPlan? crash = null,
        Application.Telemetry.BotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var services = new ServiceCollection();
        services.AddLogging(builder => logging?.Invoke(builder));

        // The client times each request itself (HTTP_TIMEOUT, on the injected clock).
        var client = services.AddHttpClient(GateClientOptions.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        if (crash is not null)
        {
            client.AddHttpMessageHandler(() => new CrashingHandler(crash));
        }
        var provider = services.BuildServiceProvider();
        var credentials = authenticated ? GateCredentials.From(settings.ApiKeys) : null;
        var exchange = new GateExchange(
            provider.GetRequiredService<IHttpClientFactory>(), GateClientOptions.From(settings.Broker, settings.Trading), credentials, time,
            provider.GetRequiredService<ILogger<GateExchange>>(), metrics);
        return new GateConnection(provider, exchange, time, settings.Broker.NewOrderVisibility);
    }

    /// <summary>Checks what live trading needs before the first order; every problem found is in the error.</summary>
    public async Task<Result<bool>> VerifyAsync(IReadOnlyList<Symbol> symbols, bool authenticated, CancellationToken cancellationToken)
    {
        var clock = await Exchange.FetchServerTimeAsync(cancellationToken).ConfigureAwait(false);
        if (!clock.IsSuccess)
        {
            return new Error(clock.Error!.Code, $"Gate.io is not reachable: {clock.Error.Message}");
        }

        var problems = new List<string>();
        foreach (var symbol in symbols)
        {
            var market = await Exchange.FetchMarketAsync(symbol, cancellationToken).ConfigureAwait(false);
            if (!market.IsSuccess)
            {
                problems.Add($"{symbol}: {market.Error!.Message}");
            }
        }

        if (authenticated)
        {
            var balances = await Exchange.FetchBalanceAsync(cancellationToken).ConfigureAwait(false);
            if (!balances.IsSuccess)
            {
                problems.Add($"the account cannot be read with API_KEY/API_SECRET: {balances.Error!.Message}");
            }
        }

        return problems.Count == 0 ? true : new Error(ErrorCode.Validation, "Gate.io check failed: " + string.Join("; ", problems));
    }

    public void Dispose()
    {
        Exchange.Dispose();
        _services.Dispose();
    }
}
