using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Regime;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Regime;

/// <summary>
/// The macro regime filter in front of every entry (paper and live; a backtest has no macro history and runs
/// with it off). Reads the watched sources at most every <see cref="RegimePolicy.Refresh"/>, judges the regime
/// with <see cref="RegimeDetector"/> at each check (an FOMC window opens and closes between reads), and says
/// whether a buy goes ahead, smaller, or not at all. A source that fails keeps its last good data until that is
/// too old; one that never answered makes the regime unknown, which holds entries back like risk-off — the
/// filter never lets a buy through on data it does not have. Publishes <c>regime.changed</c> when the state
/// changes. Safe to call from every symbol's loop at once.
/// </summary>
public sealed partial class RegimeGate(RegimePolicy policy, IMacroSource source, IEventBus bus, TimeProvider time, ILogger<RegimeGate> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MacroSeries _dxy = Start(MacroIndicator.Dxy, policy.WatchDxy);
    private MacroSeries _btcDominance = Start(MacroIndicator.BtcDominance, policy.WatchBtcDominance);
    private FomcCalendar _fomc = policy.WatchFomc ? new FomcCalendar(true, [], "", Loaded: false) : FomcCalendar.Unwatched;
    private DateTimeOffset? _readAt;
    private RegimeState? _state;
    private volatile RegimeStatus _status = new(
        policy.Enabled, policy.Describe(), policy.Enabled ? "not checked yet" : "off", [], null, null, null, null, null);

    public RegimePolicy Policy => policy;

    /// <summary>The filter as of its last check.</summary>
    public RegimeStatus Status => _status;

    /// <summary>What the regime says about a buy now; reads the sources first when they are due.</summary>
    public async ValueTask<RegimeCheck> CheckAsync(string traceId, CancellationToken cancellationToken)
    {
        if (!policy.Enabled)
        {
            return RegimeCheck.Open;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (_readAt is not { } readAt || now - readAt >= policy.Refresh)
            {
                await ReadSourcesAsync(cancellationToken).ConfigureAwait(false);
                _readAt = now;
            }

            var verdict = RegimeDetector.Evaluate(_dxy, _btcDominance, _fomc, policy.Thresholds, now);
            _status = new RegimeStatus(
                true, policy.Describe(), Name(verdict.State), verdict.Reasons, verdict.DxyChangePct, verdict.BtcDomChangePct, verdict.NextFomc, now, _readAt);
            await PublishIfChangedAsync(verdict, now, traceId, cancellationToken).ConfigureAwait(false);
            return verdict.IsRiskOn
                ? new RegimeCheck(verdict, false, 1m)
                : new RegimeCheck(verdict, policy.BlockBuy, policy.BlockBuy ? 0m : policy.SizeMultiplierRiskOff);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static MacroSeries Start(MacroIndicator indicator, bool watched) =>
        watched ? new MacroSeries(indicator, true, [], "") : MacroSeries.Unwatched(indicator);

    private static string Name(RegimeState state) => state switch
    {
        RegimeState.RiskOn => "risk_on",
        RegimeState.RiskOff => "risk_off",
        _ => "unknown",
    };

    private async Task ReadSourcesAsync(CancellationToken cancellationToken)
    {
        _dxy = await ReadAsync(_dxy, cancellationToken).ConfigureAwait(false);
        _btcDominance = await ReadAsync(_btcDominance, cancellationToken).ConfigureAwait(false);
        if (_fomc.Watched)
        {
            var calendar = await source.GetFomcDecisionsAsync(cancellationToken).ConfigureAwait(false);
            if (calendar.IsSuccess)
            {
                _fomc = _fomc with { Decisions = calendar.Value, Problem = "", Loaded = true };
            }
            else
            {
                LogSourceFailed(logger, "FOMC calendar", calendar.Error.Message);
                _fomc = _fomc with { Problem = calendar.Error.Message };
            }
        }
    }

    /// <summary>The series re-read; on failure its last good observations stay (the detector judges their age) with the problem noted.</summary>
    private async Task<MacroSeries> ReadAsync(MacroSeries series, CancellationToken cancellationToken)
    {
        if (!series.Watched)
        {
            return series;
        }

        var read = await source.GetSeriesAsync(series.Indicator, cancellationToken).ConfigureAwait(false);
        if (read.IsSuccess)
        {
            return series with { Observations = read.Value, Problem = "" };
        }

        LogSourceFailed(logger, series.Name, read.Error.Message);
        return series with { Problem = read.Error.Message };
    }

    private async Task PublishIfChangedAsync(RegimeVerdict verdict, DateTimeOffset now, string traceId, CancellationToken cancellationToken)
    {
        var previous = _state;
        if (previous == verdict.State)
        {
            return;
        }

        _state = verdict.State;
        LogRegimeChanged(logger, Name(verdict.State), verdict.Reason);
        var payload = new RegimeChangedPayload(
            Name(verdict.State), previous is { } p ? Name(p) : "none", verdict.Reasons, verdict.DxyChangePct, verdict.BtcDomChangePct, verdict.NextFomc);
        await bus.PublishAsync(new BusEvent(EventTopics.RegimeChanged, EventJson.Serialize(payload), now, null, traceId), cancellationToken)
            .ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Regime source {Source} could not be read: {Problem}")]
    private static partial void LogSourceFailed(ILogger logger, string source, string problem);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information, Message = "Regime is now {State}: {Reason}")]
    private static partial void LogRegimeChanged(ILogger logger, string state, string reason);
}
