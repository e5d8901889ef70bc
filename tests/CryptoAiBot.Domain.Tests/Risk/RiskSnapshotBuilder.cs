using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Risk;

namespace CryptoAiBot.Domain.Tests.Risk;

/// <summary>
/// A calm snapshot by default (no orders, no trades, equity at its peak, a 100/100 quote, flat), with one
/// method per thing a test wants to change.
/// </summary>
internal sealed class RiskSnapshotBuilder
{
    private readonly List<RecentOrder> _orders = [];
    private readonly List<decimal> _closedTradePnls = [];
    private readonly Dictionary<Symbol, decimal> _openPositions = [];
    private readonly Dictionary<(Symbol, Symbol), decimal> _correlations = [];
    private decimal _realizedPnlToday;
    private decimal _equity = 1000m;
    private decimal _equityPeak = 1000m;
    private decimal _bid = 100m;
    private decimal _ask = 100m;
    private decimal _positionBase;
    private decimal _expectedFeePct;
    private decimal _expectedSlippagePct;

    public RiskSnapshotBuilder WithOrder(
        DateTimeOffset time, decimal quoteNotional = 10m, Symbol? symbol = null, OrderSide side = OrderSide.Buy)
    {
        _orders.Add(new RecentOrder(symbol ?? RiskTestData.Btc, side, time, quoteNotional));
        return this;
    }

    public RiskSnapshotBuilder WithOrders(int count, DateTimeOffset time, decimal quoteNotional = 10m)
    {
        for (var i = 0; i < count; i++)
        {
            WithOrder(time, quoteNotional);
        }

        return this;
    }

    public RiskSnapshotBuilder WithClosedTrades(params decimal[] pnls)
    {
        _closedTradePnls.AddRange(pnls);
        return this;
    }

    public RiskSnapshotBuilder WithRealizedPnlToday(decimal pnl)
    {
        _realizedPnlToday = pnl;
        return this;
    }

    public RiskSnapshotBuilder WithEquity(decimal equity, decimal peak)
    {
        (_equity, _equityPeak) = (equity, peak);
        return this;
    }

    public RiskSnapshotBuilder WithQuote(decimal bid, decimal ask)
    {
        (_bid, _ask) = (bid, ask);
        return this;
    }

    public RiskSnapshotBuilder WithPosition(decimal baseAmount)
    {
        _positionBase = baseAmount;
        return this;
    }

    public RiskSnapshotBuilder WithOpenPosition(Symbol symbol, decimal baseAmount)
    {
        _openPositions[symbol] = baseAmount;
        return this;
    }

    public RiskSnapshotBuilder WithCorrelation(Symbol a, Symbol b, decimal correlation)
    {
        _correlations[(a, b)] = correlation;
        return this;
    }

    public RiskSnapshotBuilder WithExpectedFee(decimal pct)
    {
        _expectedFeePct = pct;
        return this;
    }

    public RiskSnapshotBuilder WithExpectedSlippage(decimal pct)
    {
        _expectedSlippagePct = pct;
        return this;
    }

    public RiskSnapshot Build() => new()
    {
        RecentOrders = [.. _orders],
        ClosedTradePnls = [.. _closedTradePnls],
        RealizedPnlTodayQuote = _realizedPnlToday,
        EquityQuote = _equity,
        EquityPeakQuote = _equityPeak,
        Bid = _bid,
        Ask = _ask,
        PositionBase = _positionBase,
        OpenPositions = new Dictionary<Symbol, decimal>(_openPositions),
        Correlations = new Dictionary<(Symbol, Symbol), decimal>(_correlations),
        ExpectedFeePct = _expectedFeePct,
        ExpectedSlippagePct = _expectedSlippagePct,
    };
}
