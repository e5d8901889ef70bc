using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Domain.Risk;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Orchestration;

public sealed class SymbolOrchestratorTests
{
    private static readonly OrchestratorSchedule Fast = new(
        TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10));

    [Fact]
    public async Task A_buy_signal_when_flat_opens_a_position_and_the_status_shows_it()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var strategy = new ScriptedStrategy { Next = SignalAction.Buy };
        await using var orchestrator = rig.Orchestrator(strategy);

        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.Equal("buy", status.LastDecision!.Action);
        Assert.True(status.PositionBase > 0);
        Assert.Equal(1, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task A_sell_signal_in_position_closes_it()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var strategy = new ScriptedStrategy { Next = SignalAction.Buy };
        await using var orchestrator = rig.Orchestrator(strategy);
        await orchestrator.RunOnceAsync(CancellationToken.None);

        strategy.Next = SignalAction.Sell;
        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.Equal("sell", status.LastDecision!.Action);
        Assert.Equal(0m, status.PositionBase, 6);
    }

    [Fact]
    public async Task Risk_denial_blocks_the_entry_and_publishes_risk_blocked_with_the_rule()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var strategy = new ScriptedStrategy { Next = SignalAction.Buy };
        await using var orchestrator = rig.Orchestrator(strategy, TradingRig.Plan(limits: new RiskLimits { MaxOrdersPerHour = 2 }));
        await orchestrator.RunOnceAsync(CancellationToken.None);
        strategy.Next = SignalAction.Sell;
        await orchestrator.RunOnceAsync(CancellationToken.None);

        strategy.Next = SignalAction.Buy;
        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.Equal("blocked", status.LastDecision!.Action);
        Assert.Contains(status.LastDecision.RiskReasons, r => r.StartsWith("max_orders_per_hour", StringComparison.Ordinal));
        Assert.Contains("max_orders_per_hour", Assert.Single(rig.Bus.Topic(EventTopics.RiskBlocked)).PayloadJson, StringComparison.Ordinal);
        Assert.Equal(2, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task Paused_orchestrator_takes_no_entry_but_its_stop_loss_still_sells()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var strategy = new ScriptedStrategy { Next = SignalAction.Buy };
        await using var orchestrator = rig.Orchestrator(strategy, schedule: new OrchestratorSchedule(
            TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1)));
        await orchestrator.RunOnceAsync(CancellationToken.None);
        await orchestrator.StartAsync(CancellationToken.None);
        Assert.True(await orchestrator.PauseAsync("operator test", CancellationToken.None));

        rig.Prices.SetPrice(97m);
        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.Equal("paused", status.State);
        Assert.Equal("operator test", status.PauseReason);
        Assert.Equal("stop_loss", status.LastDecision!.Action);
        Assert.Equal(0m, status.PositionBase, 6);
        Assert.Equal(2, rig.Broker.PlacedCount);

        rig.Time.Advance(TimeSpan.FromMinutes(2));
        await orchestrator.RunOnceAsync(CancellationToken.None);
        Assert.Equal(2, rig.Broker.PlacedCount);
        Assert.Contains("paused", (await orchestrator.GetStatusAsync(CancellationToken.None)).LastDecision!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loops_never_run_two_cycles_of_one_symbol_at_once()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var probe = new ProbingMarketData(rig.Prices);
        var strategy = new ScriptedStrategy { Next = SignalAction.Hold };
        await using var orchestrator = rig.Orchestrator(strategy, schedule: Fast, marketData: probe, clock: TimeProvider.System);

        await orchestrator.StartAsync(CancellationToken.None);
        var enough = await Eventually.HoldsAsync(() => probe.Calls >= 60);
        await orchestrator.StopAsync(CancellationToken.None);

        Assert.True(enough, $"only {probe.Calls} market data calls");
        Assert.Equal(1, probe.MaxInFlight);
    }

    [Fact]
    public async Task A_failing_loop_is_counted_while_the_other_loops_go_on()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var probe = new ProbingMarketData(rig.Prices) { FailCandles = true };
        await using var orchestrator = rig.Orchestrator(new ScriptedStrategy(), schedule: Fast, marketData: probe, clock: TimeProvider.System);

        await orchestrator.StartAsync(CancellationToken.None);
        var observed = await Eventually.HoldsAsync(() =>
            orchestrator.Heartbeats.ContainsKey(OrchestratorLoops.Exits) && orchestrator.Heartbeats.ContainsKey(OrchestratorLoops.Reconcile)
            && rig.Bus.Topic(EventTopics.OrchestratorLoopFailed).Count >= 3);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);
        await orchestrator.StopAsync(CancellationToken.None);

        Assert.True(observed);
        Assert.True(status.LoopFailures[OrchestratorLoops.Eval] >= 3);
        Assert.False(status.LoopFailures.ContainsKey(OrchestratorLoops.Exits));
        Assert.Equal("running", status.State);
    }

    [Fact]
    public async Task Stop_pause_and_resume_follow_the_lifecycle()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        await using var orchestrator = rig.Orchestrator(new ScriptedStrategy(), schedule: OrchestratorSchedule.Default);

        Assert.False(await orchestrator.PauseAsync("not running", CancellationToken.None));
        await orchestrator.StartAsync(CancellationToken.None);
        Assert.True(await orchestrator.PauseAsync("x", CancellationToken.None));
        Assert.True(await orchestrator.ResumeAsync(CancellationToken.None));
        await orchestrator.StopAsync(CancellationToken.None);

        Assert.Equal(OrchestratorState.Stopped, orchestrator.State);
        Assert.Equal(
            [EventTopics.OrchestratorStarted, EventTopics.OrchestratorPaused, EventTopics.OrchestratorResumed, EventTopics.OrchestratorStopped],
            rig.Bus.Events.Select(e => e.Topic).Where(t => t.StartsWith("orchestrator.", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public async Task Stopping_while_an_order_is_in_flight_waits_for_it_to_be_sent_and_recorded()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        rig.Broker.HoldPlacements = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var strategy = new ScriptedStrategy { Next = SignalAction.Buy };
        await using var orchestrator = rig.Orchestrator(strategy, schedule: Fast, clock: TimeProvider.System);

        await orchestrator.StartAsync(CancellationToken.None);
        await rig.Broker.PlacementWaiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var stopping = orchestrator.StopAsync(CancellationToken.None);
        var stoppedEarly = await Eventually.HoldsAsync(() => stopping.IsCompleted, TimeSpan.FromMilliseconds(300));
        rig.Broker.HoldPlacements.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var orders = await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.False(stoppedEarly);
        Assert.Equal(1, rig.Broker.PlacedCount);
        Assert.Equal(Domain.Orders.OrderStatus.Filled, Assert.Single(orders).Status);
        Assert.True((await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, CancellationToken.None))!.Quantity > 0);
    }
}
