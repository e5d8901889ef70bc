using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Trading;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CryptoAiBot.ExchangeSim;

/// <summary>
/// A Gate.io API v4 spot exchange on 127.0.0.1, for tests and the <c>cab sim</c> command. Its clock is the
/// injected <see cref="TimeProvider"/>: prices step and price orders expire as that clock moves (with a manual
/// clock, only when the test moves it). The control methods here mirror the <c>/_sim/</c> endpoints; they throw
/// <see cref="ArgumentException"/> for an unknown pair or account, since that is a mistake in the caller.
/// </summary>
public sealed class GateSimulator : IAsyncDisposable
{
    /// <summary>The path prefix of every Gate endpoint; it is part of the signed path.</summary>
    public const string ApiPrefix = "/api/v4";

    private readonly WebApplication _app;
    private readonly SimControl _control;
    private readonly ITimer _clock;

    private GateSimulator(WebApplication app, Uri root, GateSimulatorOptions options, TimeProvider time)
    {
        _app = app;
        RootUrl = root;
        BaseUrl = new Uri(root, ApiPrefix.TrimStart('/'));
        Options = options;
        _control = app.Services.GetRequiredService<SimControl>();
        var exchange = app.Services.GetRequiredService<SimExchange>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CryptoAiBot.ExchangeSim");
        _clock = time.CreateTimer(_ => Tick(exchange, logger), null, options.StepInterval, options.StepInterval);
    }

    /// <summary><c>http://127.0.0.1:{port}/api/v4</c>, without a trailing slash, as Gate's base URL is written.</summary>
    public Uri BaseUrl { get; }

    /// <summary><c>http://127.0.0.1:{port}/</c>; the control endpoints are under <c>_sim/</c>.</summary>
    public Uri RootUrl { get; }

    public int Port => RootUrl.Port;

    public GateSimulatorOptions Options { get; }

    /// <summary>The faults still active, with what is left of their counts.</summary>
    public IReadOnlyList<SimFaultRule> Faults => _control.Faults.Rules;

    public static Task<GateSimulator> StartAsync(GateSimulatorOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        StartAsync(options, time, logging: null, cancellationToken);

    /// <summary>Validates the options (throwing <see cref="GateSimulatorOptionsException"/> with every problem), then listens.</summary>
    public static async Task<GateSimulator> StartAsync(
        GateSimulatorOptions options, TimeProvider time, Action<ILoggingBuilder>? logging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new GateSimulatorOptionsException(problems);
        }

        var app = SimulatorHost.Build(options, time, logging);
        _ = app.Services.GetRequiredService<SimExchange>(); // builds the markets (and reads a candle file) before listening
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var simulator = new GateSimulator(app, new Uri(address.TrimEnd('/') + "/"), options, time);
        SimLog.Started(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CryptoAiBot.ExchangeSim"), simulator.BaseUrl, options.Pairs.Count, options.Accounts.Count);
        return simulator;
    }

    public decimal LastPrice(string pair) => Value(_control.LastPrice(pair));

    /// <summary>Moves the last price; resting orders it reaches fill and price orders it crosses fire.</summary>
    public void SetPrice(string pair, decimal price) => Value(_control.SetPrice(pair, price));

    /// <summary>Takes <paramref name="steps"/> steps along the pair's price path; returns the new last price.</summary>
    public decimal AdvanceMarket(string pair, int steps = 1) => Value(_control.Advance(pair, steps));

    /// <summary>Adds <paramref name="amount"/> (negative: takes it) to the available balance of <paramref name="currency"/>.</summary>
    public SimBalance Fund(string apiKey, string currency, decimal amount) => Value(_control.Fund(apiKey, currency, amount));

    public void SetGtDeduction(string apiKey, bool enabled) => Value(_control.SetGtDeduction(apiKey, enabled));

    /// <summary>Balances, orders, trades, price orders and fees of the account, as the exchange has them now.</summary>
    public SimLedger Ledger(string apiKey) => Value(_control.Ledger(apiKey));

    /// <summary>Replaces the fault rules; a seed restarts the fault draws.</summary>
    public void SetFaults(IEnumerable<SimFaultRule> rules, int? seed = null)
    {
        var list = rules.ToList();
        var problems = list.SelectMany((rule, index) => rule.Problems(index)).ToList();
        if (problems.Count > 0)
        {
            throw new GateSimulatorOptionsException(problems);
        }

        _control.Faults.Replace(list, seed);
    }

    public void AddFault(SimFaultRule rule) => SetFaults([.. Faults, rule]);

    public void ClearFaults() => _control.Faults.Replace([], seed: null);

    /// <summary>Completes when the host is asked to stop (Ctrl+C for the standalone process) or the token is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _clock.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void Tick(SimExchange exchange, ILogger logger)
    {
        try
        {
            exchange.Tick();
        }
        catch (Exception exception)
        {
            SimLog.TickFailed(logger, exception);
        }
    }

    private static T Value<T>(GateResult<T> result) =>
        result.Failed ? throw new ArgumentException($"{result.Error.Label}: {result.Error.Message}") : result.Value;
}
