using CryptoAiBot.Application.Positions;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.Gate.Live;
using CryptoAiBot.Infrastructure.Storage;
using static CryptoAiBot.Infrastructure.Tests.Storage.StoreSamples;

namespace CryptoAiBot.Infrastructure.Tests.Brokers;

/// <summary>
/// A round trip on a pair with coarse lots (ETH_USDT: 4 decimals) leaves the buy's base-coin fee behind, a remainder
/// no order can sell. The position book counts it as flat — from the exchange's own instrument rules — so the bot
/// can enter again; counted as a position it would block every later entry.
/// </summary>
public sealed class UnsellableRemainderTests : IAsyncLifetime
{
    private static readonly Symbol Eth = Symbol.Parse("ETH/USDT");
    private static readonly CancellationToken None = CancellationToken.None;
    private GateSimulator _simulator = null!;
    private GateConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _simulator = await GateSimulator.StartAsync(new GateSimulatorOptions { AutoAdvance = false, HistoryDays = 0 }, TimeProvider.System, None);
        _connection = SimulatorConnection.Open(_simulator, TimeProvider.System, symbols: "ETH/USDT");
    }

    public async Task DisposeAsync()
    {
        _connection.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task The_base_fee_left_after_a_round_trip_counts_as_flat_by_the_exchanges_rules()
    {
        var broker = _connection.Broker;
        var buy = (await broker.PlaceMarketBuyAsync(Eth, 100m, new ClientOrderId("dust-buy"), None)).Value;
        var rules = (await broker.GetInstrumentRulesAsync(Eth, None)).Value;
        var held = buy.Fills.Sum(f => f.Quantity - (f.FeeAsset == Eth.Base ? f.Fee : 0m));
        var sell = (await broker.PlaceMarketSellAsync(Eth, rules.FloorAmount(held), new ClientOrderId("dust-sell"), None)).Value;
        var store = TradingStoreFactory.InMemory();
        await store.CommitAsync(
            new StoreChanges
            {
                Orders = [Order("dust-buy", symbol: Eth) with { Side = OrderSide.Buy }, Order("dust-sell", "key-2", symbol: Eth) with { Side = OrderSide.Sell }],
                Fills = [.. buy.Fills, .. sell.Fills],
            },
            None);

        var withRules = await new PositionBook(store, 0.000001m, broker).GetAsync(Eth, None);
        var fixedDustOnly = await new PositionBook(store, 0.000001m).GetAsync(Eth, None);

        Assert.Equal(0.0001m, rules.SmallestSellable);
        Assert.InRange(withRules.Quantity, 0.000001m, 0.0001m - 0.0000001m); // a real remainder: more than the fixed dust, less than a lot
        Assert.True(withRules.IsFlat);
        Assert.False(fixedDustOnly.IsFlat);
        Assert.Equal(withRules.Quantity, _simulator.Ledger("sim-key").Balances.Single(b => b.Currency == "ETH").Available);
    }
}
