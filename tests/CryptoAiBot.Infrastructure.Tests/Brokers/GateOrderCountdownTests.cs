using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.Gate.Live;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Brokers;

/// <summary>
/// The dead man's switch's second line on Gate: the countdown our adapter arms cancels open spot orders when it runs
/// out, and leaves the protective stop (a price-triggered order) resting — the position stays guarded.
/// </summary>
public sealed class GateOrderCountdownTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task An_expired_countdown_cancels_resting_orders_but_not_the_exchange_stop_and_zero_disarms()
    {
        var time = new ManualTimeProvider();
        await using var simulator = await GateSimulator.StartAsync(new GateSimulatorOptions { AutoAdvance = false, HistoryDays = 0 }, time, None);
        using var gate = SimulatorConnection.Open(simulator, time);
        var last = simulator.LastPrice("BTC_USDT");
        var bought = (await gate.Broker.PlaceMarketBuyAsync(Btc, 500m, new ClientOrderId("cd-buy"), None)).Value;
        var amount = (await gate.Broker.GetInstrumentRulesAsync(Btc, None)).Value.FloorAmount(bought.Fills.Sum(f => f.Quantity - f.Fee));
        var resting = (await gate.Exchange.CreateLimitOrderAsync(Btc, OrderSide.Buy, 0.001m, Math.Floor(last * 0.9m), new ClientOrderId("cd-rest"), None)).Value;
        time.Advance(TimeSpan.FromSeconds(1)); // Gate's order pace (a burst of two) refills on this clock
        var stop = (await gate.Stops.PlaceAsync(Btc, amount, Math.Floor(last * 0.95m), None)).Value;

        var armed = await gate.Countdown.ArmAsync(Btc, TimeSpan.FromSeconds(5), None);
        time.Advance(TimeSpan.FromSeconds(6));
        var ledger = simulator.Ledger("sim-key");

        Assert.True(armed.Value);
        Assert.Equal("cancelled", ledger.Orders.Single(o => o.Id == resting.Id).Status);
        Assert.Equal(ExchangeStopState.Open, stop.State);
        Assert.Equal(ExchangeStopState.Open, (await gate.Stops.GetAsync(Btc, stop.StopId, None)).Value.State);
        Assert.False((await gate.Countdown.ArmAsync(Btc, TimeSpan.Zero, None)).Value);
    }
}
