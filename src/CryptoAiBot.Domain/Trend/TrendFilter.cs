using CryptoAiBot.Domain.Candles;

namespace CryptoAiBot.Domain.Trend;

/// <summary>
/// The multi-timeframe trend filter: fed the trading-timeframe candles, it builds the higher timeframes
/// itself (15m, 1h, 4h, 1d, 1w — those with a positive weight), keeps a <see cref="TrendMeasure"/> per
/// timeframe, and allows long entries only when Σ weight × score reaches the threshold.
/// <para>
/// Invariants. No lookahead: a higher-timeframe candle reaches its measure only once it has closed (its
/// last input period is in, or a later input arrived), so the forming 1h bucket never moves the score.
/// A weighted timeframe that has not seen <see cref="WarmupCandles"/> closed candles denies entries
/// ("warming up 1w"); seed it with native history through <see cref="AddClosed"/> rather than wait
/// twenty weeks. A weighted timeframe whose last closed candle is more than two of its periods old at
/// <c>now</c> denies entries ("stale 1h data") instead of trading on old data. Disabled, it tracks
/// nothing and always allows.
/// </para>
/// Cost: <see cref="OnCandle"/> runs one resampler per candle (the shortest weighted timeframe's; each
/// longer one is fed the closes of the one before) and <see cref="Evaluate"/> is O(weighted timeframes);
/// neither allocates.
/// Pure: no ports, no clock — <c>now</c> is the close of the input candle or the caller's. One writer.
/// </summary>
public sealed class TrendFilter
{
    /// <summary>Reason of every verdict while the filter is switched off.</summary>
    public const string DisabledReason = "trend filter disabled";

    /// <summary>Reason when the weighted score reaches the threshold.</summary>
    public const string AgreesReason = "higher-timeframe trend agrees";

    /// <summary>Reason when the weighted score is below the threshold.</summary>
    public const string DisagreesReason = "higher-timeframe trend is down";

    private static readonly TrendVerdict DisabledVerdict = new(0d, true, false, DisabledReason);

    private readonly TrendComponent[] _components;
    private readonly long _inputTicks;
    private readonly double _threshold;

    /// <param name="input">Timeframe of the candles given to <see cref="OnCandle"/>, e.g. 1m or 15m.</param>
    /// <param name="weights">Weight per timeframe; none negative and, when enabled, at least one positive.</param>
    /// <param name="settings">Measure and threshold; <see cref="TrendFilterSettings.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A weight is negative, all are 0, or a weighted timeframe cannot be built from <paramref name="input"/>.</exception>
    public TrendFilter(Timeframe input, TrendWeights weights, TrendFilterSettings? settings = null)
    {
        settings ??= TrendFilterSettings.Default;
        settings.Validate();
        var all = TrendWeights.Timeframes.Select(t => (Weight: weights.For(t), Timeframe: t)).ToArray();
        foreach (var (weight, timeframe) in all)
        {
            if (weight < 0m)
            {
                throw new ArgumentException($"The {timeframe} trend weight must not be negative; got {weight}.", nameof(weights));
            }
        }

        Input = input;
        Weights = weights;
        Settings = settings;
        _inputTicks = input.Duration.Ticks;
        _threshold = settings.EntryThreshold;
        _components = settings.Enabled ? Chain(input, all, settings) : [];
        Timeframes = Array.ConvertAll(_components, c => c.Timeframe);
        if (settings.Enabled && _components.Length == 0)
        {
            throw new ArgumentException("At least one trend weight must be positive while the trend filter is enabled.", nameof(weights));
        }
    }

    /// <summary>False when switched off (<c>MTF_ENABLED=0</c>): every verdict then allows entries.</summary>
    public bool Enabled => Settings.Enabled;

    /// <summary>Timeframe of the input candles.</summary>
    public Timeframe Input { get; }

    /// <summary>The weighted timeframes, shortest first; empty when disabled.</summary>
    public IReadOnlyList<Timeframe> Timeframes { get; }

    public TrendWeights Weights { get; }

    public TrendFilterSettings Settings { get; }

    /// <summary>Closed candles each weighted timeframe needs before it can allow an entry.</summary>
    public int WarmupCandles => Math.Max(Settings.EmaPeriod, Settings.AtrPeriod);

    /// <summary>Takes the next closed input candle and returns the verdict as of its close.</summary>
    /// <exception cref="ArgumentException">The candle is out of order, a duplicate, or not aligned to <see cref="Input"/>.</exception>
    public TrendVerdict OnCandle(in Candle candle)
    {
        if (_components.Length == 0)
        {
            return DisabledVerdict;
        }

        // The first (shortest) timeframe passes what it closes up the chain; the watermark then closes
        // longer buckets whose last inputs fell into a gap, exactly when direct resampling would.
        _components[0].OnInput(candle);
        _components[0].Advance(candle.OpenTime.UtcTicks);
        return Evaluate(new DateTimeOffset(candle.OpenTime.UtcTicks + _inputTicks, TimeSpan.Zero));
    }

    /// <summary>
    /// Seeds or feeds a closed native candle of a higher timeframe (e.g. the last <see cref="WarmupCandles"/>
    /// weekly candles at start). True when taken; false when the timeframe is not weighted or the candle
    /// is not newer than the last one the timeframe took (overlapping history is harmless). Seed each weighted
    /// timeframe with its own history: a seeded 1h candle is not passed on to the 4h timeframe.
    /// </summary>
    /// <exception cref="ArgumentException">The candle does not start a <paramref name="timeframe"/> period.</exception>
    public bool AddClosed(Timeframe timeframe, in Candle candle) => Find(timeframe) is { } component && component.AddClosed(candle);

    /// <summary>The verdict at <paramref name="now"/> from the candles taken so far (staleness is judged at <paramref name="now"/>).</summary>
    public TrendVerdict Evaluate(DateTimeOffset now)
    {
        if (_components.Length == 0)
        {
            return DisabledVerdict;
        }

        var nowTicks = now.UtcTicks;
        var score = 0d;
        string? stale = null;
        string? warming = null;
        foreach (var component in _components)
        {
            if (component.Measure.IsReady)
            {
                score += component.Weight * component.Measure.Score;
            }
            else
            {
                warming ??= component.WarmingReason;
            }

            if (stale is null && component.IsStale(nowTicks))
            {
                stale = component.StaleReason;
            }
        }

        // Weights sum to 1 and each score is in [-1, 1]; the clamp only absorbs rounding.
        score = Math.Clamp(score, -1d, 1d);
        if (stale is not null)
        {
            return new TrendVerdict(score, false, true, stale);
        }

        if (warming is not null)
        {
            return new TrendVerdict(score, false, false, warming);
        }

        return score >= _threshold
            ? new TrendVerdict(score, true, false, AgreesReason)
            : new TrendVerdict(score, false, false, DisagreesReason);
    }

    /// <summary>True when <paramref name="timeframe"/> has a positive weight and the filter is enabled.</summary>
    public bool Tracks(Timeframe timeframe) => Find(timeframe) is not null;

    /// <summary>The latest score of one timeframe in [-1, 1]; NaN when not tracked or still warming up.</summary>
    public double ComponentScore(Timeframe timeframe) => Find(timeframe)?.Measure.Score ?? double.NaN;

    /// <summary>When the last candle <paramref name="timeframe"/> took closed; null when not tracked or none taken yet.</summary>
    public DateTimeOffset? LastClosedAt(Timeframe timeframe) =>
        Find(timeframe) is { ClosedCount: > 0 } component ? new DateTimeOffset(component.LastCloseTicks, TimeSpan.Zero) : null;

    /// <summary>Closed candles one timeframe has taken so far; 0 when not tracked.</summary>
    public long ClosedCandles(Timeframe timeframe) => Find(timeframe)?.ClosedCount ?? 0;

    /// <summary>The weighted timeframes, shortest first, each fed the closed candles of the one before.</summary>
    private static TrendComponent[] Chain(Timeframe input, (decimal Weight, Timeframe Timeframe)[] all, TrendFilterSettings settings)
    {
        var components = new List<TrendComponent>(all.Length);
        foreach (var (weight, timeframe) in all)
        {
            if (weight > 0m)
            {
                var from = components.Count == 0 ? input : components[^1].Timeframe;
                components.Add(new TrendComponent(input, from, timeframe, (double)weight, settings));
                if (components.Count > 1)
                {
                    components[^2].Next = components[^1];
                }
            }
        }

        return [.. components];
    }

    private TrendComponent? Find(Timeframe timeframe)
    {
        foreach (var component in _components)
        {
            if (component.Timeframe.Duration == timeframe.Duration)
            {
                return component;
            }
        }

        return null;
    }
}
