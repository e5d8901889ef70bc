using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Outbox;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Backtesting;

/// <summary>
/// Drives history through the live code: each closed candle goes to the symbol's <see cref="SymbolDecider"/>
/// and every trade verdict through <see cref="TradingCycle.ActAsync"/> — risk, <c>ExecuteTrade</c>, the
/// paper broker, storage and protective exits, exactly as in paper and live. Only time (a
/// <see cref="BacktestClock"/>) and prices (a <see cref="ReplayPrices"/> set per the fill model) differ.
/// <para>
/// The per-candle path is synchronous and allocation-free: a candle that leads to no trade touches no
/// storage, creates no task and allocates nothing; only trades take the asynchronous path.
/// </para>
/// </summary>
public sealed class BacktestEngine(
    BacktestSettings settings,
    BacktestClock clock,
    ReplayPrices prices,
    DeciderBook deciders,
    TradingCycle cycle,
    IBroker broker,
    ITradingStore store,
    OutboxPublisher outbox)
{
    private const string TraceId = "backtest";
    private decimal _cash;
    private decimal _base;

    public async Task<BacktestReport> RunAsync(IEnumerable<Candle> candles, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var (decider, _) = await deciders.GetAsync(settings.Symbol, cancellationToken).ConfigureAwait(false);
        await RefreshBalancesAsync(cancellationToken).ConfigureAwait(false);
        var period = settings.Plan.Timeframe.Duration;
        var periodMs = (long)period.TotalMilliseconds;
        var performance = new PerformanceTracker();
        var curve = new EquityCurve(settings.EquityPoints);
        var heldBack = new HeldBackCounter();
        var pending = default(TradingDecision);
        var pendingClose = 0m;
        long count = 0;
        DateTimeOffset firstOpen = default, lastOpen = default;

        foreach (var candle in candles)
        {
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(count);
            }

            firstOpen = count == 1 ? candle.OpenTime : firstOpen;
            lastOpen = candle.OpenTime;
            clock.Set(candle.OpenTime);
            if (pending.IsTrade)
            {
                await ActAsync(decider, pending, candle.Open, pendingClose, cancellationToken).ConfigureAwait(false);
                pending = default;
            }

            if (settings.Stops == StopEvaluation.Intrabar && decider.InPosition)
            {
                await CheckIntrabarAsync(decider, candle, cancellationToken).ConfigureAwait(false);
            }

            clock.Set(candle.OpenTime + period);
            var decision = decider.OnCandle(candle);
            if (decision.Kind == DecisionKind.Filtered)
            {
                heldBack.Count(decision.Reason);
            }
            else if (decision.IsTrade)
            {
                if (settings.FillModel == FillModel.SignalClose)
                {
                    await ActAsync(decider, decision, candle.Close, candle.Close, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    pending = decision;
                    pendingClose = candle.Close;
                }
            }

            var equity = _base == 0m ? _cash : _cash + _base * candle.Close;
            performance.Add(equity, decider.InPosition);
            curve.Add(lastOpen, periodMs, equity);
        }

        progress?.Report(count);
        var (first, last) = count == 0 ? (0L, 0L) : (firstOpen.ToUnixTimeMilliseconds(), lastOpen.ToUnixTimeMilliseconds());
        return await ReportAsync(performance, curve, heldBack, decider, count, first, last, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask CheckIntrabarAsync(SymbolDecider decider, Candle candle, CancellationToken cancellationToken)
    {
        var stop = decider.OnPrice(candle.Low);
        if (!stop.IsTrade)
        {
            return;
        }

        // Filled at the stop level, or at the open when the candle opened through it (a gap).
        var level = stop.Intent == TradeIntents.StopLoss ? decider.StopPrice : decider.TrailingStopPrice;
        var fill = Math.Min(candle.Open, level ?? candle.Low);
        await ActAsync(decider, stop, fill, fill, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Trades at <paramref name="fillPrice"/> (what the paper broker sees, with slippage) while the decision
    /// is priced at <paramref name="decisionPrice"/> (the close it was made on), exactly as the live cycle
    /// decides on the last close and the exchange fills at the next traded price.
    /// </summary>
    private async ValueTask ActAsync(SymbolDecider decider, TradingDecision decision, decimal fillPrice, decimal decisionPrice, CancellationToken cancellationToken)
    {
        prices.Set(fillPrice);
        var seen = new Ticker(settings.Symbol, decisionPrice, decisionPrice, decisionPrice, clock.GetUtcNow());
        await cycle.ActAsync(decider, decision, seen, settings.Plan, entriesAllowed: true, TraceId, cancellationToken).ConfigureAwait(false);

        // Events leave through the outbox after each trade, as in live, so a long run does not hoard them.
        await outbox.PublishPendingAsync(cancellationToken).ConfigureAwait(false);
        await RefreshBalancesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask RefreshBalancesAsync(CancellationToken cancellationToken)
    {
        var balances = await broker.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            throw new InvalidOperationException($"The backtest broker lost its balances: {balances.Error}");
        }

        _cash = _base = 0m;
        var all = balances.Value;
        for (var i = 0; i < all.Count; i++)
        {
            var balance = all[i];
            _cash += balance.Asset == settings.Symbol.Quote ? balance.Total : 0m;
            _base += balance.Asset == settings.Symbol.Base ? balance.Total : 0m;
        }
    }

    private async Task<BacktestReport> ReportAsync(
        PerformanceTracker performance, EquityCurve curve, HeldBackCounter heldBack, SymbolDecider decider, long count, long first, long last, CancellationToken cancellationToken)
    {
        var orders = await store.GetOrdersSinceAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        var (trades, fees) = RoundTrips.From(orders, settings.Plan.DustQuantity);
        var wins = trades.Where(t => t.Pnl > 0).ToArray();
        var grossWin = wins.Sum(t => t.Pnl);
        var grossLoss = -trades.Where(t => t.Pnl < 0).Sum(t => t.Pnl);
        var periodsPerYear = TimeSpan.FromDays(365).TotalMinutes / settings.Plan.Timeframe.Duration.TotalMinutes;
        var metrics = new BacktestMetrics(
            performance.StartEquity,
            performance.Equity,
            performance.TotalReturn,
            performance.MaxDrawdown,
            performance.Sharpe(periodsPerYear),
            performance.Sortino(periodsPerYear),
            trades.Count,
            trades.Count > 0 ? (double)wins.Length / trades.Count : 0d,
            grossLoss > 0 ? (double)(grossWin / grossLoss) : 0d,
            performance.Exposure,
            fees);
        return new BacktestReport(
            settings.Symbol.ToString(),
            settings.Plan.Timeframe.Code,
            decider.Strategy.Name,
            settings.FillModel.ToString(),
            settings.SlippageBps,
            settings.Stops.ToString(),
            settings.FeePct,
            count,
            first,
            last,
            metrics,
            trades,
            curve.Points(),
            settings.Entries.DescribeTrend(),
            settings.Plan.SizerOrFixed.Describe(),
            heldBack.ToList());
    }
}
