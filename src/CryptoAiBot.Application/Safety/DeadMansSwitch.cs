using System.Collections.Concurrent;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Trading;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Safety;

/// <summary>
/// The dead man's switch: runs on its own timer, outside the orchestrators' loops, so a hung loop cannot hold it up.
/// A loop of a running or paused orchestrator whose last pass is older than its own interval plus the timeout means
/// the symbol is no longer watched: the switch publishes <c>safety.dms.triggered</c>, pauses the orchestrator (no new
/// entries if it wakes), cancels our orders still working on the exchange and, per policy, takes the exchange stop off
/// and sells the position at market. It acts once
/// per silence and re-arms when the loops beat again. While the loops are healthy it keeps the exchange's own
/// countdown armed (<see cref="IOrderCountdown"/>: should this process die, the exchange cancels our open spot
/// orders; the protective stops resting there are price orders, which the countdown leaves alone).
/// </summary>
public sealed class DeadMansSwitch(
    DmsPolicy policy,
    OrchestratorRegistry orchestrators,
    OrchestratorSchedule schedule,
    ExchangeStopKeeper exchangeStops,
    ExecuteTrade executeTrade,
    Settlement.CancelOpenOrders openOrders,
    IMarketData marketData,
    IOrderCountdown countdown,
    IEventBus bus,
    TimeProvider time,
    ILogger<DeadMansSwitch> logger)
{
    private const string TraceId = "dms";
    private static readonly TimeSpan QuoteWait = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<Symbol, DateTimeOffset> _watchedSince = new();
    private readonly ConcurrentDictionary<Symbol, DateTimeOffset> _trippedAt = new();

    /// <summary>The switch for <c>/health</c>: off, watching, or tripped for some symbols (since when).</summary>
    public (bool Enabled, IReadOnlyDictionary<Symbol, DateTimeOffset> Tripped) Status => (policy.Enabled, new Dictionary<Symbol, DateTimeOffset>(_trippedAt));

    /// <summary>Checks every <see cref="DmsPolicy.CheckInterval"/> until cancelled; disarms the exchange countdown on the way out.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!policy.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(policy.CheckInterval, time);
        try
        {
            do
            {
                try
                {
                    await CheckAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    DmsLog.CheckFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }

        await DisarmAsync().ConfigureAwait(false);
    }

    /// <summary>One look at every orchestrator; returns the symbols the switch tripped for now.</summary>
    public async Task<IReadOnlyList<Symbol>> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tripped = new List<Symbol>();
        foreach (var orchestrator in orchestrators.All)
        {
            var symbol = orchestrator.Symbol;
            if (orchestrator.State == OrchestratorState.Stopped)
            {
                _watchedSince.TryRemove(symbol, out _);
                _trippedAt.TryRemove(symbol, out _);
                continue;
            }

            var silent = Silent(orchestrator, _watchedSince.GetOrAdd(symbol, now), now);
            if (silent.Count == 0)
            {
                _trippedAt.TryRemove(symbol, out _);
                await ArmAsync(symbol, cancellationToken).ConfigureAwait(false);
            }
            else if (_trippedAt.TryAdd(symbol, now))
            {
                await TripAsync(orchestrator, silent, cancellationToken).ConfigureAwait(false);
                tripped.Add(symbol);
            }
        }

        return tripped;
    }

    /// <summary>The loops silent past their interval plus the timeout, with how long; a loop never seen counts from when watching began.</summary>
    private List<(string Loop, TimeSpan Silence)> Silent(SymbolOrchestrator orchestrator, DateTimeOffset watchedSince, DateTimeOffset now)
    {
        var heartbeats = orchestrator.Heartbeats;
        var silent = new List<(string, TimeSpan)>();
        foreach (var (loop, interval) in OrchestratorLoops.All(schedule))
        {
            var last = heartbeats.TryGetValue(loop, out var beat) && beat > watchedSince ? beat : watchedSince;
            if (now - last > interval + policy.Timeout)
            {
                silent.Add((loop, now - last));
            }
        }

        return silent;
    }

    private async Task TripAsync(SymbolOrchestrator orchestrator, List<(string Loop, TimeSpan Silence)> silent, CancellationToken cancellationToken)
    {
        var symbol = orchestrator.Symbol;
        var longest = silent.Max(s => s.Silence);
        DmsLog.Triggered(logger, symbol.ToString(), string.Join(", ", silent.Select(s => s.Loop)), longest.TotalSeconds);
        var paused = await orchestrator.PauseAsync($"dead man's switch: {string.Join(", ", silent.Select(s => s.Loop))} silent for {longest.TotalSeconds:0} s", cancellationToken)
            .ConfigureAwait(false);
        var cancelled = await CancelWorkingOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
        var sold = policy.SellPosition ? await SellAsync(symbol, cancellationToken).ConfigureAwait(false) : "not selling (DMS_SELL=0)";
        var payload = new DmsTriggeredPayload(
            symbol.ToString(), [.. silent.Select(s => s.Loop)], longest.TotalSeconds, policy.Timeout.TotalSeconds, paused, cancelled, sold);
        await bus.PublishAsync(
            new BusEvent(EventTopics.SafetyDmsTriggered, EventJson.Serialize(payload), time.GetUtcNow(), symbol.ToString(), TraceId), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Cancels our orders still working on the exchange (a stalled entry would otherwise go on buying for a bot that no
    /// longer watches), recording what they filled; bounded by the timeout. How many are now final.
    /// </summary>
    private async Task<int> CancelWorkingOrdersAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(policy.Timeout, time);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return await openOrders.CancelAsync(symbol, TraceId, bounded.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    /// <summary>Sells the whole position at market, bounded by the timeout: the store or the exchange may be what hangs.</summary>
    private async Task<string> SellAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(policy.Timeout, time);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            if (!await exchangeStops.StandDownAsync(symbol, TraceId, bounded.Token).ConfigureAwait(false))
            {
                return "not sold: the exchange stop fired or could not be taken off";
            }

            // The price only sizes the minimum-order check; a market that does not answer must not stop the sale.
            using var quoteLimit = new CancellationTokenSource(QuoteWait, time);
            using var quick = CancellationTokenSource.CreateLinkedTokenSource(bounded.Token, quoteLimit.Token);
            var ticker = await QuoteAsync(symbol, quick.Token).ConfigureAwait(false);
            var reference = ticker is { IsSuccess: true } quote ? quote.Value.Bid : 0m;
            var outcome = await executeTrade.ExecuteAsync(TradeRequest.SellAll(symbol, reference, TradeIntents.DeadMansSwitch, TraceId), bounded.Token)
                .ConfigureAwait(false);
            return outcome.Kind == TradeOutcomeKind.Executed
                ? $"sold {outcome.Order?.FilledBase} {symbol.Base}"
                : $"{outcome.Kind.ToString().ToLowerInvariant()}: {outcome.Error?.Message}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"not sold: no answer within {policy.Timeout.TotalSeconds:0} s";
        }
    }

    private async Task<Domain.Results.Result<Ticker>?> QuoteAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        try
        {
            return await marketData.GetTickerAsync(symbol, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private async Task ArmAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var armed = await countdown.ArmAsync(symbol, CountdownTimeout(), cancellationToken).ConfigureAwait(false);
        if (!armed.IsSuccess)
        {
            DmsLog.CountdownFailed(logger, symbol.ToString(), armed.Error.Message);
        }
    }

    private async Task DisarmAsync()
    {
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
        foreach (var symbol in orchestrators.Symbols)
        {
            try
            {
                await countdown.ArmAsync(symbol, TimeSpan.Zero, bounded.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Gate counts in whole seconds: the timeout rounded up, at least five.</summary>
    private TimeSpan CountdownTimeout() => TimeSpan.FromSeconds(Math.Max(5, Math.Ceiling(policy.Timeout.TotalSeconds)));
}
