using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Domain.Risk;

namespace CryptoAiBot.Application.Telemetry;

/// <summary>
/// The bot's instruments, all on one <see cref="Meter"/> named <see cref="MeterName"/>, injected where things happen.
/// Instrument names are already Prometheus names (an exporter appends <c>_total</c> to counters and the unit suffix,
/// <c>_seconds</c>, to the latency histograms; amounts of money carry their currency role, <c>_quote</c> or <c>_base</c>).
/// Labels are low-cardinality by construction: configured symbols, order sides, intents, error codes, endpoint templates
/// and risk rule names — never ids, prices or free text.
/// <para>
/// Recording is cheap when nobody listens (a backtest, the CLI): every method first asks the instrument whether it is
/// enabled, so no tag list is built and nothing is allocated. Each instance has its own <see cref="Meter"/> (scoped to
/// the instance), so that a collector can tell this bot's measurements from another bot's in the same process (tests).
/// </para>
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "CryptoAiBot";

    /// <summary>Latency bucket bounds in milliseconds when none are configured (METRICS_BUCKETS_MS' default).</summary>
    public static readonly IReadOnlyList<double> DefaultLatencyBucketsMs = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

    private readonly ConcurrentDictionary<Symbol, SymbolReadings> _symbols = new();
    private readonly Counter<long> _ordersPlaced;
    private readonly Counter<long> _ordersFailed;
    private readonly Counter<long> _fills;
    private readonly Counter<double> _fees;
    private readonly Counter<long> _riskBlocked;
    private readonly Histogram<double> _cycleDuration;
    private readonly Histogram<double> _brokerDuration;
    private readonly Counter<long> _brokerErrors;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Counter<double> _rateLimitWaitSeconds;
    private double _dailyLossLimit;
    private double _dailyRealizedPnl;
    private int _ready = -1;
    private readonly ObservableGauge<double> _limitUsageGauge;
    private IReadOnlyList<LimitUsage> _limitUsage = [];

    /// <param name="latencyBucketsMs">Upper bounds of the latency histograms in milliseconds, ascending (METRICS_BUCKETS_MS);
    /// exported in seconds, as Prometheus names its time units.</param>
    public BotMetrics(IReadOnlyList<double>? latencyBucketsMs = null)
    {
        LatencyBucketsSeconds = [.. (latencyBucketsMs ?? DefaultLatencyBucketsMs).Select(ms => ms / 1000d)];
        Meter = new Meter(new MeterOptions(MeterName) { Scope = this });
        var latency = new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBucketsSeconds };
        _ordersPlaced = Meter.CreateCounter<long>("orders_placed", "{order}", "Orders the exchange accepted, by symbol, side and intent (reason)");
        _ordersFailed = Meter.CreateCounter<long>(
            "orders_failed", "{order}", "Orders refused or with an unknown outcome, by symbol, side and reason (error code)");
        _fills = Meter.CreateCounter<long>("fills", "{fill}", "Fills recorded (placement, settlement and reconciliation), by symbol and side");
        _fees = Meter.CreateCounter<double>("fees", null, "Fees paid, in the asset they were charged in");
        _riskBlocked = Meter.CreateCounter<long>("risk_blocked", "{trade}", "Entries denied by a risk rule, by rule");
        _cycleDuration = Meter.CreateHistogram("cycle_duration", "s", "Duration of one pass of a symbol's loop, by symbol and loop", advice: latency);
        _brokerDuration = Meter.CreateHistogram(
            "broker_request_duration", "s", "Exchange HTTP request latency (one attempt, rate-limit wait excluded), by endpoint", advice: latency);
        _brokerErrors = Meter.CreateCounter<long>("broker_errors", "{request}", "Exchange requests that failed, by endpoint and error code");
        _rateLimitWaits = Meter.CreateCounter<long>("broker_rate_limit_waits", "{request}", "Exchange requests that had to wait for the rate limit, by class");
        _rateLimitWaitSeconds = Meter.CreateCounter<double>("broker_rate_limit_wait", "s", "Time spent waiting for the rate limit, by class");

        Meter.CreateObservableGauge("position_size_base", () => Each(r => r.Quantity), null, "Position per symbol, in the base coin");
        Meter.CreateObservableGauge("position_value_quote", () => Each(r => r.Quantity * r.LastPrice), null,
            "Position per symbol valued at the last bid seen, in the quote currency");
        Meter.CreateObservableGauge("realized_pnl_quote", () => Each(r => r.RealizedPnl), null, "Realized PnL of the position's fills, per symbol");
        Meter.CreateObservableGauge("reconciliation_drift_base", () => Each(r => r.Drift), null,
            "Exchange balance minus our position after the last reconciliation's corrections (what nothing explains), per symbol");
        Meter.CreateObservableGauge("daily_realized_pnl_quote", () => Volatile.Read(ref _dailyRealizedPnl), null,
            "Realized PnL since 00:00 UTC as the daily loss rule last saw it");
        Meter.CreateObservableGauge("risk_daily_loss_limit_quote", () => Volatile.Read(ref _dailyLossLimit), null,
            "DAILY_LOSS_LIMIT_QUOTE (0: no limit)");
        _limitUsageGauge = Meter.CreateObservableGauge("risk_limit_usage_ratio", ObserveLimitUsage, null,
            "Used over limit of each enabled budget limit as the risk manager last measured it before a buy (1: the next buy is denied), by rule");
        Meter.CreateObservableGauge("ready", ObserveReady, null, "1 when /ready would answer 200, 0 when it would answer 503");
    }

    public Meter Meter { get; }

    public IReadOnlyList<double> LatencyBucketsSeconds { get; }

    /// <summary>An order the exchange accepted; <paramref name="intent"/> is why it was made (entry, exit_signal, stop_loss…).</summary>
    public void OrderPlaced(Symbol symbol, OrderSide side, string intent)
    {
        if (_ordersPlaced.Enabled)
        {
            _ordersPlaced.Add(1, new TagList { { "symbol", symbol.ToString() }, { "side", side.Lowercase() }, { "reason", intent } });
        }
    }

    /// <summary>An order refused (locally or by the exchange) or whose outcome is unknown; <paramref name="reason"/> is an error code.</summary>
    public void OrderFailed(Symbol symbol, OrderSide side, string reason)
    {
        if (_ordersFailed.Enabled)
        {
            _ordersFailed.Add(1, new TagList { { "symbol", symbol.ToString() }, { "side", side.Lowercase() }, { "reason", reason } });
        }
    }

    /// <summary>Fills just committed and the position they made. Symbols are passed as values and turned into label
    /// text only when an instrument is listened to, so that a backtest's trades allocate nothing here.</summary>
    public void FillsRecorded(IReadOnlyList<Fill> fills, Position position)
    {
        PositionChanged(position.Symbol, position.Quantity, position.RealizedPnl);
        if (!_fills.Enabled && !_fees.Enabled)
        {
            return;
        }

        for (var i = 0; i < fills.Count; i++)
        {
            var fill = fills[i];
            _fills.Add(1, new TagList { { "symbol", fill.Symbol.ToString() }, { "side", fill.Side.Lowercase() } });
            if (fill.Fee != 0m)
            {
                _fees.Add((double)fill.Fee, new TagList { { "asset", fill.FeeAsset } });
            }
        }
    }

    /// <summary>The position as stored now (after a trade, or read at reconciliation so that a restart shows it too).</summary>
    public void PositionChanged(Symbol symbol, decimal quantity, decimal realizedPnl)
    {
        var readings = Readings(symbol);
        readings.Quantity = (double)quantity;
        readings.RealizedPnl = (double)realizedPnl;
    }

    /// <summary>The last bid seen for <paramref name="symbol"/>, which values its position.</summary>
    public void PriceSeen(Symbol symbol, decimal bid) => Readings(symbol).LastPrice = (double)bid;

    public void ReconciliationDrift(Symbol symbol, decimal difference) => Readings(symbol).Drift = (double)difference;

    public void RiskBlocked(string rule)
    {
        if (_riskBlocked.Enabled)
        {
            _riskBlocked.Add(1, new TagList { { "rule", rule } });
        }
    }

    /// <summary>What the daily loss rule saw: today's realized PnL and its limit.</summary>
    /// <summary>The usage of every enabled budget limit, from the snapshot a buy was just checked against (measured only when listened to).</summary>
    public void LimitUsage(RiskSnapshot snapshot, RiskLimits limits, DateTimeOffset now)
    {
        if (_limitUsageGauge.Enabled)
        {
            Volatile.Write(ref _limitUsage, RiskLimitUsage.Of(snapshot, limits, now));
        }
    }

    public void DailyLoss(decimal realizedToday, decimal limit)
    {
        Volatile.Write(ref _dailyRealizedPnl, (double)realizedToday);
        Volatile.Write(ref _dailyLossLimit, (double)limit);
    }

    public void CycleCompleted(string symbol, string loop, TimeSpan elapsed)
    {
        if (_cycleDuration.Enabled)
        {
            _cycleDuration.Record(elapsed.TotalSeconds, new TagList { { "symbol", symbol }, { "loop", loop } });
        }
    }

    /// <summary>One exchange request answered (or failed in transport) after <paramref name="elapsed"/>.</summary>
    public void BrokerRequest(string endpoint, TimeSpan elapsed)
    {
        if (_brokerDuration.Enabled)
        {
            _brokerDuration.Record(elapsed.TotalSeconds, new TagList { { "endpoint", endpoint } });
        }
    }

    public void BrokerError(string endpoint, string code)
    {
        if (_brokerErrors.Enabled)
        {
            _brokerErrors.Add(1, new TagList { { "endpoint", endpoint }, { "code", code } });
        }
    }

    public void RateLimitWaited(string endpointClass, TimeSpan waited)
    {
        if (_rateLimitWaits.Enabled)
        {
            _rateLimitWaits.Add(1, new TagList { { "class", endpointClass } });
            _rateLimitWaitSeconds.Add(waited.TotalSeconds, new TagList { { "class", endpointClass } });
        }
    }

    /// <summary>Readiness as <c>/ready</c> judged it last (the endpoint computes it before each scrape).</summary>
    /// <summary>
    /// Exports the chat alert queue (Telegram): alerts sent, dropped because the queue was full, refused for good, collapsed
    /// as repeats or held back by the rate limit, and waiting now. Registered when alerts are on; nothing exists otherwise.
    /// </summary>
    public void WatchAlerts(Alerts.AlertPublisher alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        Meter.CreateObservableCounter("alerts_sent", () => alerts.Sent, "{alert}", "Chat alerts delivered");
        Meter.CreateObservableCounter("alerts_dropped", () => alerts.Dropped, "{alert}", "Chat alerts dropped because the queue was full");
        Meter.CreateObservableCounter("alerts_rejected", () => alerts.Rejected, "{alert}", "Chat alerts the chat service refused for good");
        Meter.CreateObservableCounter("alerts_collapsed", () => alerts.Duplicates, "{alert}", "Repeated chat alerts collapsed into one message");
        Meter.CreateObservableCounter("alerts_rate_limited", () => alerts.RateLimited, "{alert}", "Chat alerts held back by the per-minute limit");
        Meter.CreateObservableGauge("alerts_queued", () => alerts.Queued, "{alert}", "Chat alerts waiting for delivery");
    }

    public void ReportReadiness(bool ready) => Volatile.Write(ref _ready, ready ? 1 : 0);

    public void Dispose() => Meter.Dispose();

    private IEnumerable<Measurement<double>> ObserveLimitUsage() =>
        Volatile.Read(ref _limitUsage).Select(u => new Measurement<double>(u.Ratio, new KeyValuePair<string, object?>("rule", u.Rule)));

    private IEnumerable<Measurement<double>> ObserveReady()
    {
        var ready = Volatile.Read(ref _ready);
        return ready < 0 ? [] : [new Measurement<double>(ready)];
    }

    private SymbolReadings Readings(Symbol symbol) => _symbols.GetOrAdd(symbol, static _ => new SymbolReadings());

    private List<Measurement<double>> Each(Func<SymbolReadings, double> value)
    {
        var measurements = new List<Measurement<double>>(_symbols.Count);
        foreach (var (symbol, readings) in _symbols)
        {
            measurements.Add(new Measurement<double>(value(readings), new KeyValuePair<string, object?>("symbol", symbol.ToString())));
        }

        return measurements;
    }
}
