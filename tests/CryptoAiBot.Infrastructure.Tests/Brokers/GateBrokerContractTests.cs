using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.Gate.Live;

namespace CryptoAiBot.Infrastructure.Tests.Brokers;

/// <summary>
/// The broker contract on <see cref="GateBroker"/>, built the way live trading builds it (<see cref="GateConnection"/> from
/// the settings, checked at start), against the Gate.io simulator on loopback: a fresh exchange per test, prices still.
/// </summary>
public sealed class GateBrokerContractTests : BrokerContract
{
    private const string Key = "contract-key";
    private const string Secret = "contract-secret";

    private GateSimulator? _simulator;
    private GateConnection? _connection;

    protected override Symbol Symbol { get; } = Symbol.Parse("BTC/USDT");

    protected override async Task<IBroker> CreateAsync(decimal startQuote)
    {
        var options = new GateSimulatorOptions
        {
            AutoAdvance = false,
            HistoryDays = 0,
            Accounts = [new() { Key = Key, Secret = Secret, Balances = new Dictionary<string, decimal> { [Symbol.Quote] = startQuote } }],
        };
        _simulator = await GateSimulator.StartAsync(options, TimeProvider.System, None);
        _connection = SimulatorConnection.Open(_simulator, TimeProvider.System, Key, Secret);
        var verified = await _connection.VerifyAsync([Symbol], authenticated: true, None);
        Assert.True(verified.IsSuccess, verified.Error?.Message);
        return _connection.Broker;
    }

    [Fact]
    public async Task Fills_of_orders_that_cross_several_book_levels_are_the_exchanges_trades_to_the_last_decimal()
    {
        // 0.05 BTC (about 3000 USDT) rests at each level: 7000 USDT takes three.
        var buy = await Broker.PlaceMarketBuyAsync(Symbol, 7_000m, new ClientOrderId("gate-levels-buy"), None);
        var rules = (await Broker.GetInstrumentRulesAsync(Symbol, None)).Value;
        var held = buy.Value.Fills.Sum(f => f.Quantity - f.Fee);
        var sell = await Broker.PlaceMarketSellAsync(Symbol, rules.FloorAmount(held), new ClientOrderId("gate-levels-sell"), None);

        var fills = buy.Value.Fills.Select(f => (buy.Value.ExchangeOrderId, f)).Concat(sell.Value.Fills.Select(f => (sell.Value.ExchangeOrderId, f)));
        var trades = _simulator!.Ledger(Key).Trades;
        Assert.Equal(3, trades.Count(t => t.Side == "buy"));
        Assert.Equal(
            trades.Select(t => (t.Id, t.OrderId, t.Side, t.Price, t.Amount, t.Fee, t.FeeCurrency)),
            fills.Select(x => (x.f.TradeId.Value, x.ExchangeOrderId, x.f.Side == OrderSide.Buy ? "buy" : "sell", x.f.Price, x.f.Quantity, x.f.Fee, x.f.FeeAsset)));
    }

    public override async Task DisposeAsync()
    {
        _connection?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
