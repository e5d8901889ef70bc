using System.Text.Json;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Safety;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Application.Tests.Safety;

/// <summary>The dead man's switch over a real orchestrator whose loops hang on a market feed that stopped answering.</summary>
public sealed class DeadMansSwitchTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static DeadMansSwitch Switch(TradingRig rig, OrchestratorRegistry registry, DmsPolicy policy) => new(
        policy,
        registry,
        OrchestratorSchedule.Default,
        rig.StopKeeper(rig.Deciders(_ => new ScriptedStrategy()), null, rig.Time),
        rig.Execute,
        rig.OpenOrders(),
        rig.Prices,
        NoOrderCountdown.Instance,
        rig.Bus,
        rig.Time,
        NullLogger<DeadMansSwitch>.Instance);

    [Fact]
    public async Task Loops_silent_past_the_timeout_pause_trading_sell_the_position_and_publish_once()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        await rig.BuyAsync(200m);
        var feed = new HangingMarketData(rig.Prices);
        await using var orchestrator = rig.Orchestrator(new ScriptedStrategy(), marketData: feed);
        var registry = new OrchestratorRegistry([orchestrator]);
        var dms = Switch(rig, registry, new DmsPolicy(true, Timeout, SellPosition: true));
        await orchestrator.StartAsync(None);

        var watching = await dms.CheckAsync(None);
        rig.Time.Advance(Timeout);
        var withinInterval = await dms.CheckAsync(None);
        rig.Time.Advance(TimeSpan.FromMinutes(2)); // past the longest loop interval (reconcile, 60 s) plus the timeout
        var tripped = await dms.CheckAsync(None);
        var again = await dms.CheckAsync(None);

        Assert.Empty(watching);
        Assert.Empty(withinInterval);
        Assert.Equal([TradingRig.BtcUsdt], tripped);
        Assert.Empty(again);
        Assert.Equal(OrchestratorState.Paused, orchestrator.State);
        var sell = Assert.Single(await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, None), o => o.Side == OrderSide.Sell);
        Assert.Equal((TradeIntents.DeadMansSwitch, OrderStatus.Filled), (sell.Intent, sell.Status));
        Assert.True((await rig.Positions.GetAsync(TradingRig.BtcUsdt, None)).IsFlat);
        var triggered = Assert.Single(rig.Bus.Topic(EventTopics.SafetyDmsTriggered));
        using var payload = JsonDocument.Parse(triggered.PayloadJson);
        Assert.Contains("eval", payload.RootElement.GetProperty("silent_loops").EnumerateArray().Select(l => l.GetString()));
        Assert.True(payload.RootElement.GetProperty("paused").GetBoolean());
        Assert.Equal(0, payload.RootElement.GetProperty("cancelled_orders").GetInt32());
        Assert.StartsWith("sold ", payload.RootElement.GetProperty("sell_outcome").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthy_loops_never_trip_it_and_without_dms_sell_it_only_pauses()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        await rig.BuyAsync(200m);
        await using var healthy = rig.Orchestrator(new ScriptedStrategy());
        var healthySwitch = Switch(rig, new OrchestratorRegistry([healthy]), new DmsPolicy(true, Timeout, SellPosition: true));
        await healthy.StartAsync(None);
        await healthySwitch.CheckAsync(None);
        var trippedWhileHealthy = new List<Domain.Markets.Symbol>();
        for (var minute = 0; minute < 6; minute++)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(1));
            await BotWait.UntilAsync(() => Task.FromResult(healthy.Heartbeats.Values.DefaultIfEmpty().Min() >= rig.Time.GetUtcNow() - TimeSpan.FromSeconds(60)), TimeSpan.FromSeconds(5));
            trippedWhileHealthy.AddRange(await healthySwitch.CheckAsync(None));
        }

        await healthy.StopAsync(None);

        var hungRig = new TradingRig(TradingStoreFactory.InMemory());
        await hungRig.BuyAsync(200m);
        await using var hung = hungRig.Orchestrator(new ScriptedStrategy(), marketData: new HangingMarketData(hungRig.Prices));
        var pauseOnly = Switch(hungRig, new OrchestratorRegistry([hung]), new DmsPolicy(true, Timeout, SellPosition: false));
        await hung.StartAsync(None);
        await pauseOnly.CheckAsync(None);
        hungRig.Time.Advance(TimeSpan.FromMinutes(5));
        var tripped = await pauseOnly.CheckAsync(None);

        Assert.Empty(trippedWhileHealthy);
        Assert.Equal(OrchestratorState.Stopped, healthy.State);
        Assert.Single(tripped);
        Assert.Equal(OrchestratorState.Paused, hung.State);
        Assert.DoesNotContain(await hungRig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, None), o => o.Side == OrderSide.Sell);
        Assert.False((await hungRig.Positions.GetAsync(TradingRig.BtcUsdt, None)).IsFlat);
    }
}
