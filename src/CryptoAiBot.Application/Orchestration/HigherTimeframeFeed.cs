using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Trading;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Orchestration;

/// <summary>
/// Gives the trend filter of a live or paper symbol the exchange's own higher-timeframe candles. At the
/// first evaluation each weighted timeframe is seeded with enough closed history to be warm at once
/// (twenty weekly candles are not waited for); later, whenever a newer candle of a timeframe must have
/// closed, its last few are fetched. The filter takes each candle once, native or resampled from the
/// trading candles, whichever comes first — so when the exchange lags or fails, resampling carries on
/// and a timeframe goes stale (blocking entries) only when neither source has it.
/// <para>
/// No lookahead: only candles closed by the close of the latest trading candle are given. A backtest does
/// not use this feed; its filter resamples the trading candles, which makes the same candles.
/// </para>
/// </summary>
public sealed class HigherTimeframeFeed(IMarketData marketData, ILogger<HigherTimeframeFeed> logger)
{
    /// <summary>Candles fetched per refresh: the one expected plus a margin for a missed refresh.</summary>
    private const int RefreshCount = 3;

    /// <summary>Brings every weighted timeframe up to <paramref name="latestClose"/>, the close of the newest trading candle.</summary>
    public async ValueTask RefreshAsync(SymbolDecider decider, DateTimeOffset latestClose, CancellationToken cancellationToken)
    {
        var trend = decider.Gate.Trend;
        foreach (var timeframe in trend.Timeframes)
        {
            if (timeframe.Duration == trend.Input.Duration)
            {
                continue; // the trading candles themselves
            }

            var last = trend.LastClosedAt(timeframe);
            if (last is { } closed && latestClose < closed + timeframe.Duration)
            {
                continue; // no newer candle can have closed yet
            }

            var count = last is null ? trend.WarmupCandles + RefreshCount : RefreshCount;
            var candles = await marketData.GetClosedCandlesAsync(decider.Symbol, timeframe, count, cancellationToken).ConfigureAwait(false);
            if (!candles.IsSuccess)
            {
                OrchestratorLog.HigherTimeframeUnavailable(logger, decider.Symbol.ToString(), timeframe.Code, candles.Error.Message);
                continue;
            }

            if (SpacingProblem(candles.Value, timeframe) is { } problem)
            {
                OrchestratorLog.HigherTimeframeUnavailable(logger, decider.Symbol.ToString(), timeframe.Code, problem);
                continue;
            }

            foreach (var candle in candles.Value)
            {
                if (candle.OpenTime + timeframe.Duration > latestClose)
                {
                    break;
                }

                if (!TryAdd(decider, timeframe, candle))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Why an answer cannot be <paramref name="timeframe"/> candles — out of order, or closer together than one
    /// period (a source that ignored the timeframe asked for) — or null when it can.
    /// </summary>
    private static string? SpacingProblem(IReadOnlyList<Domain.Candles.Candle> candles, Domain.Candles.Timeframe timeframe)
    {
        for (var i = 1; i < candles.Count; i++)
        {
            var step = candles[i].OpenTime - candles[i - 1].OpenTime;
            if (step < timeframe.Duration)
            {
                return $"candles {candles[i - 1].OpenTime:O} and {candles[i].OpenTime:O} are {step} apart, not {timeframe} candles; the answer is ignored";
            }
        }

        return null;
    }

    private bool TryAdd(SymbolDecider decider, Domain.Candles.Timeframe timeframe, in Domain.Candles.Candle candle)
    {
        try
        {
            decider.Gate.Trend.AddClosed(timeframe, candle);
            return true;
        }
        catch (ArgumentException e)
        {
            // A malformed answer (misaligned candle) is refused and logged; resampling carries the timeframe.
            OrchestratorLog.HigherTimeframeUnavailable(logger, decider.Symbol.ToString(), timeframe.Code, e.Message);
            return false;
        }
    }
}
