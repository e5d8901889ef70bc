using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.ExchangeSim.Market;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// The simulated exchange. All state has one writer at a time: every request, clock tick and control call runs
/// inside <see cref="Run{T}"/>, which holds one lock and first settles what time alone decides (price-order
/// expiry, countdowns). A price move is followed, in order, by resting-order fills, then price-order triggers.
/// </summary>
internal sealed class SimExchange
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<string, SimAccount> _accounts;
    private readonly Matcher _matcher;

    public SimExchange(GateSimulatorOptions options, TimeProvider time, ILogger logger)
    {
        Options = options;
        _time = time;
        _logger = logger;
        Markets = MarketFactory.Create(options, time.GetUtcNow());
        _accounts = options.Accounts.ToDictionary(a => a.Key, a => new SimAccount(a), StringComparer.Ordinal);
        var ids = new IdSequence();
        _matcher = new Matcher(new FeePolicy(options), ids, Trades);
        Spot = new SpotDesk(Markets, Orders, _matcher, ids);
        Queries = new SpotQueries(Orders, Trades);
        PriceOrders = new PriceOrderDesk(Markets, Spot, ids);
        Countdown = new CountdownCancel(Spot);
    }

    public GateSimulatorOptions Options { get; }

    public IReadOnlyDictionary<string, PairMarket> Markets { get; }

    public OrderStore Orders { get; } = new();

    public List<SimTrade> Trades { get; } = [];

    public SpotDesk Spot { get; }

    public SpotQueries Queries { get; }

    public PriceOrderDesk PriceOrders { get; }

    public CountdownCancel Countdown { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    public SimAccount? Account(string key) => _accounts.GetValueOrDefault(key);

    public T Run<T>(Func<T> action)
    {
        lock (_gate)
        {
            Settle(Now);
            return action();
        }
    }

    public void Run(Action action) => Run(() =>
    {
        action();
        return true;
    });

    /// <summary>One clock step: every pair's price path moves (when auto-advancing) and time-driven work is settled.</summary>
    public void Tick() => Run(() =>
    {
        if (Options.AutoAdvance)
        {
            foreach (var market in Markets.Values)
            {
                Step(market, 1);
            }
        }
    });

    /// <summary>Moves along the price path <paramref name="steps"/> times. Call inside <see cref="Run{T}"/>.</summary>
    public void Step(PairMarket market, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            market.Step(Now);
            AfterMove(market);
        }
    }

    /// <summary>Sets the last price. Call inside <see cref="Run{T}"/>.</summary>
    public void SetPrice(PairMarket market, decimal price)
    {
        market.MoveTo(price, 0m, Now);
        AfterMove(market);
    }

    public SimLedger Ledger(SimAccount account) => new(
        account.Key,
        [.. account.Balances.Select(b => new SimBalance(b.Key, b.Value.Available, b.Value.Locked))],
        [.. Orders.All.Where(o => o.Account == account).Select(o => o.Snapshot())],
        [.. Trades.Where(t => t.AccountKey == account.Key)],
        [.. PriceOrders.All.Where(o => o.Account == account).Select(o => o.Snapshot())],
        Trades.Where(t => t.AccountKey == account.Key)
            .SelectMany(t => new[] { (t.FeeCurrency, t.Fee), ("POINT", t.PointFee), ("GT", t.GtFee) })
            .Where(f => f.Item2 != 0)
            .GroupBy(f => f.Item1)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Item2)));

    private void AfterMove(PairMarket market)
    {
        var now = Now;
        foreach (var order in _matcher.FillResting(market, Orders.Open(), now))
        {
            SimLog.RestingOrderFilled(_logger, order.Id, market.Rules.Id, order.Request.Price);
        }

        foreach (var order in PriceOrders.OnPriceMove(market, now))
        {
            SimLog.PriceOrderFired(_logger, order.Id, market.Rules.Id, market.Last, order.Status, order.FiredOrderId ?? 0);
        }
    }

    private void Settle(DateTimeOffset now)
    {
        foreach (var order in Spot.FillDueRests(now))
        {
            SimLog.RestingOrderFilled(_logger, order.Id, order.Pair.Id, order.Request.Price);
        }

        PriceOrders.Expire(now);
        var cancelled = Countdown.Fire(now);
        if (cancelled > 0)
        {
            SimLog.CountdownFired(_logger, cancelled);
        }
    }
}
