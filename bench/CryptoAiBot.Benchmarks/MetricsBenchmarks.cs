using BenchmarkDotNet.Attributes;
using CryptoAiBot.Application.Telemetry;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Infrastructure.Metrics;

namespace CryptoAiBot.Benchmarks;

/// <summary>
/// <c>GET /metrics</c>'s rendering with 10 symbols traded (orders, fills, fees, cycle histograms of five loops each,
/// positions, drift, exchange latency of a dozen endpoints) plus the runtime meter, and the cost of recording one order
/// with and without a listener, and of one backtest trade's recording without one.
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private static readonly string[] Loops = ["eval", "exits", "reconcile", "settlement", "watchdog"];
    private static readonly string[] Endpoints =
    [
        "GET /spot/tickers", "GET /spot/candlesticks", "GET /spot/accounts", "GET /spot/open_orders", "GET /spot/orders", "GET /spot/orders/{id}",
        "GET /spot/my_trades", "POST /spot/orders", "DELETE /spot/orders", "GET /spot/price_orders", "POST /spot/price_orders", "GET /spot/time",
    ];

    private readonly Symbol _btc = Symbol.Parse("BTC/USDT");
    private BotMetrics _listened = null!;
    private BotMetrics _unlistened = null!;
    private PrometheusCollector _collector = null!;

    [GlobalSetup]
    public void Setup()
    {
        _listened = new BotMetrics();
        _unlistened = new BotMetrics();
        _collector = new PrometheusCollector(_listened);
        var random = new Random(7);
        foreach (var coin in new[] { "BTC", "ETH", "SOL", "XRP", "ADA", "DOGE", "DOT", "LTC", "LINK", "AVAX" })
        {
            var symbol = Symbol.Parse($"{coin}/USDT");
            for (var i = 0; i < 50; i++)
            {
                _listened.OrderPlaced(symbol, i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, i % 2 == 0 ? "entry" : "exit_signal");
                foreach (var loop in Loops)
                {
                    _listened.CycleCompleted(symbol.ToString(), loop, TimeSpan.FromMilliseconds(random.NextDouble() * 300));
                }
            }

            _listened.OrderFailed(symbol, OrderSide.Buy, "insufficient_balance");
            _listened.RiskBlocked("cooldown");
            _listened.PositionChanged(symbol, 0.5m, 12.5m);
            _listened.PriceSeen(symbol, 100m);
            _listened.ReconciliationDrift(symbol, 0m);
        }

        foreach (var endpoint in Endpoints)
        {
            for (var i = 0; i < 20; i++)
            {
                _listened.BrokerRequest(endpoint, TimeSpan.FromMilliseconds(random.NextDouble() * 200));
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _collector.Dispose();
        _listened.Dispose();
        _unlistened.Dispose();
    }

    [Benchmark]
    public int RenderTenSymbols() => _collector.Render().Length;

    [Benchmark]
    public void RecordOrderListened() => _listened.OrderPlaced(_btc, OrderSide.Buy, "entry");

    [Benchmark]
    public void RecordOrderUnlistened() => _unlistened.OrderPlaced(_btc, OrderSide.Buy, "entry");

    /// <summary>What one backtest trade records when nobody listens: the order, the position it made, the daily loss seen.</summary>
    [Benchmark]
    public void RecordTradeUnlistened()
    {
        _unlistened.OrderPlaced(_btc, OrderSide.Buy, "entry");
        _unlistened.PositionChanged(_btc, 0.5m, 1.25m);
        _unlistened.DailyLoss(-3m, 100m);
    }
}
