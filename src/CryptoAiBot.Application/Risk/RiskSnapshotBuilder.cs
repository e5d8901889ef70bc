using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Domain.Risk;

namespace CryptoAiBot.Application.Risk;

/// <summary>
/// Gathers the state the risk rules judge: recent orders, closed round trips, today's realized PnL,
/// equity and its peak, open positions elsewhere and their correlation with this market. The rules
/// stay pure; all I/O happens here.
/// </summary>
public sealed class RiskSnapshotBuilder(
    ITradingStore store,
    PositionBook positions,
    IBroker broker,
    IMarketData marketData,
    EquityPeakTracker equityPeak,
    IReadOnlyList<Symbol> allSymbols)
{
    private readonly DailyPnlFolds _today = new(store);

    public async Task<RiskSnapshot> BuildAsync(
        Symbol symbol, Ticker ticker, TradingPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recent = await store.GetOrdersSinceAsync(now.AddDays(-1).AddMinutes(-1), cancellationToken).ConfigureAwait(false);
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var (realizedToday, tripsToday) = await _today.TodayAsync(symbol, dayStart, plan.DustQuantity, cancellationToken).ConfigureAwait(false);
        var position = await positions.GetAsync(symbol, cancellationToken).ConfigureAwait(false);
        var equity = await EquityAsync(symbol, ticker, position, cancellationToken).ConfigureAwait(false);
        var open = await OpenPositionsAsync(symbol, cancellationToken).ConfigureAwait(false);

        return new RiskSnapshot
        {
            RecentOrders = recent.Where(o => o.Status != OrderStatus.Rejected).Select(ToRecent).ToArray(),
            ClosedTradePnls = tripsToday,
            RealizedPnlTodayQuote = realizedToday,
            EquityQuote = equity,
            EquityPeakQuote = equityPeak.Observe(equity),
            Bid = ticker.Bid,
            Ask = ticker.Ask,
            PositionBase = position.Quantity,
            OpenPositions = open,
            Correlations = await CorrelationsAsync(symbol, open.Keys, plan, cancellationToken).ConfigureAwait(false),
            ExpectedFeePct = plan.ExpectedFeePct,
            ExpectedSlippagePct = ticker.Mid > 0 ? (ticker.Ask - ticker.Mid) / ticker.Mid * 100m : 0m,
        };
    }

    private static RecentOrder ToRecent(Order order) => new(
        order.Symbol,
        order.Side,
        order.CreatedAt,
        order.FilledQuote > 0 ? order.FilledQuote
            : order.Side == OrderSide.Buy ? order.RequestedQuote : order.RequestedBase * order.ReferencePrice);

    private async Task<decimal> EquityAsync(Symbol symbol, Ticker ticker, Position position, CancellationToken cancellationToken)
    {
        var balances = await broker.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            return 0m;
        }

        return AccountValue.Of(balances.Value, symbol, position.Quantity, ticker.Bid).Equity;
    }

    private async Task<Dictionary<Symbol, decimal>> OpenPositionsAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var open = new Dictionary<Symbol, decimal>();
        foreach (var other in allSymbols.Where(s => s != symbol))
        {
            var snapshot = await store.GetPositionAsync(other, cancellationToken).ConfigureAwait(false);
            if (snapshot is { Quantity: > 0 })
            {
                open[other] = snapshot.Quantity;
            }
        }

        return open;
    }

    private async Task<Dictionary<(Symbol, Symbol), decimal>> CorrelationsAsync(
        Symbol symbol, IEnumerable<Symbol> others, TradingPlan plan, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(Symbol, Symbol), decimal>();
        if (plan.Limits.MaxCorrelation <= 0)
        {
            return result;
        }

        var mine = await marketData.GetClosedCandlesAsync(symbol, plan.Timeframe, plan.CandleLookback, cancellationToken).ConfigureAwait(false);
        foreach (var other in others)
        {
            var theirs = await marketData.GetClosedCandlesAsync(other, plan.Timeframe, plan.CandleLookback, cancellationToken).ConfigureAwait(false);
            if (mine.IsSuccess && theirs.IsSuccess && ReturnCorrelation.Compute(mine.Value, theirs.Value) is { } correlation)
            {
                result[(symbol, other)] = correlation;
            }
        }

        return result;
    }
}
