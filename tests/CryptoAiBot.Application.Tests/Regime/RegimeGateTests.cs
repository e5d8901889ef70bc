using System.Text.Json;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Regime;
using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Strategies;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Application.Tests.Regime;

public sealed class RegimeGateTests
{
    private static readonly RegimePolicy Watching = new(
        true, true, false, true, RegimeThresholds.Default, BlockBuy: true, SizeMultiplierRiskOff: 0.5m, Refresh: TimeSpan.FromMinutes(5));

    private static (RegimeGate Gate, ScriptedMacroSource Source, RecordingEventBus Bus, ManualTimeProvider Time) Create(RegimePolicy? policy = null)
    {
        var time = new ManualTimeProvider();
        var source = new ScriptedMacroSource();
        var bus = new RecordingEventBus();
        return (new RegimeGate(policy ?? Watching, source, bus, time, NullLogger<RegimeGate>.Instance), source, bus, time);
    }

    /// <summary>A DXY series ending now with the given daily change (100 a day before).</summary>
    private static MacroObservation[] DxyChange(TimeProvider time, decimal latest) =>
        [new(time.GetUtcNow().AddDays(-1), 100m), new(time.GetUtcNow(), latest)];

    [Fact]
    public async Task An_off_filter_reads_nothing_and_lets_every_buy_through()
    {
        var (gate, source, bus, _) = Create(RegimePolicy.Off);

        var check = await gate.CheckAsync("t", CancellationToken.None);

        Assert.Same(RegimeCheck.Open, check);
        Assert.Equal(0, source.Reads);
        Assert.Empty(bus.Events);
        Assert.Equal("off", gate.Status.State);
    }

    [Fact]
    public async Task Sources_are_read_at_most_once_per_refresh_interval_and_the_fomc_window_is_judged_at_every_check()
    {
        var (gate, source, _, time) = Create();
        source.Dxy = DxyChange(time, 100.1m);
        source.Fomc = [time.GetUtcNow().AddHours(8).AddMinutes(2)];

        var outside = await gate.CheckAsync("t", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(4));
        var inside = await gate.CheckAsync("t", CancellationToken.None);
        var readsWithinInterval = source.Reads;
        time.Advance(TimeSpan.FromMinutes(1));
        await gate.CheckAsync("t", CancellationToken.None);

        Assert.False(outside.HoldsBack);
        Assert.True(inside.HoldsBack);
        Assert.Equal("risk-off regime: FOMC decision at 2026-01-05 20:02 UTC (in 8h; blocked within 8h)", inside.Reason);
        Assert.Equal(2, readsWithinInterval); // DXY and the calendar, once
        Assert.Equal(4, source.Reads);
    }

    [Fact]
    public async Task A_failing_source_keeps_its_last_good_data_and_one_that_never_answered_holds_buys_back_as_unknown()
    {
        var (gate, source, _, time) = Create();
        var first = await gate.CheckAsync("t", CancellationToken.None);
        source.Dxy = DxyChange(time, 100.1m);
        source.Fomc = [];
        time.Advance(TimeSpan.FromMinutes(5));
        var answered = await gate.CheckAsync("t", CancellationToken.None);
        source.Dxy = null;
        source.Fomc = null;
        time.Advance(TimeSpan.FromMinutes(5));
        var failingAgain = await gate.CheckAsync("t", CancellationToken.None);

        Assert.True(first.HoldsBack);
        Assert.Equal(RegimeState.Unknown, first.Verdict.State);
        Assert.Equal(
            "regime unknown: DXY unavailable: REGIME_DXY_URL answered HTTP 503; FOMC calendar unavailable: REGIME_FOMC_URL unreachable (timed out)",
            first.Reason);
        Assert.False(answered.HoldsBack);
        Assert.False(failingAgain.HoldsBack); // a day-old change measured five minutes ago is still good data
        Assert.Equal(0.1m, failingAgain.Verdict.DxyChangePct);
    }

    [Fact]
    public async Task Each_change_of_state_is_published_once_and_the_status_shows_the_last_check()
    {
        var (gate, source, bus, time) = Create();
        source.Dxy = DxyChange(time, 100.5m);
        source.Fomc = [];
        await gate.CheckAsync("t1", CancellationToken.None);
        await gate.CheckAsync("t2", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        source.Dxy = DxyChange(time, 100.2m);
        await gate.CheckAsync("t3", CancellationToken.None);

        var changes = bus.Topic(EventTopics.RegimeChanged);
        Assert.Equal(2, changes.Count);
        using var first = JsonDocument.Parse(changes[0].PayloadJson);
        using var second = JsonDocument.Parse(changes[1].PayloadJson);
        Assert.Equal(("risk_off", "none"), (first.RootElement.GetProperty("state").GetString(), first.RootElement.GetProperty("previous").GetString()));
        Assert.Equal("DXY +0.50% in a day (limit 0.35%)", first.RootElement.GetProperty("reasons")[0].GetString());
        Assert.Equal(("risk_on", "risk_off"), (second.RootElement.GetProperty("state").GetString(), second.RootElement.GetProperty("previous").GetString()));
        Assert.Equal("t3", changes[1].TraceId);
        Assert.Equal("risk_on", gate.Status.State);
        Assert.Equal(0.2m, gate.Status.DxyChangePct);
        Assert.Equal(time.GetUtcNow(), gate.Status.CheckedAt);
    }

    [Fact]
    public async Task Without_block_buy_a_risk_off_regime_scales_the_buy_through_the_cycle()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var source = new ScriptedMacroSource { Dxy = DxyChange(rig.Time, 101m), Fomc = [] };
        var regime = new RegimeGate(Watching with { BlockBuy = false }, source, rig.Bus, rig.Time, NullLogger<RegimeGate>.Instance);
        await using var orchestrator = rig.Orchestrator(new ScriptedStrategy { Next = SignalAction.Buy }, TradingRig.Plan(entry: 200m), regime: regime);

        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.Equal("buy", status.LastDecision!.Action);
        Assert.EndsWith("size x0.5 (risk-off regime: DXY +1.00% in a day (limit 0.35%))", status.LastDecision.Reason, StringComparison.Ordinal);
        var order = Assert.Single(await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal(100m, order.RequestedQuote);
        Assert.Equal("risk_off", status.Regime!.State);
    }

    [Fact]
    public async Task With_block_buy_a_risk_off_regime_holds_the_buy_back_and_sends_nothing()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        var source = new ScriptedMacroSource { Dxy = DxyChange(rig.Time, 100m), Fomc = [rig.Time.GetUtcNow().AddHours(1)] };
        var regime = new RegimeGate(Watching, source, rig.Bus, rig.Time, NullLogger<RegimeGate>.Instance);
        await using var orchestrator = rig.Orchestrator(new ScriptedStrategy { Next = SignalAction.Buy }, regime: regime);

        await orchestrator.RunOnceAsync(CancellationToken.None);
        var status = await orchestrator.GetStatusAsync(CancellationToken.None);

        Assert.Equal("filtered", status.LastDecision!.Action);
        Assert.Equal("buy signal held back: risk-off regime: FOMC decision at 2026-01-05 13:00 UTC (in 1h; blocked within 8h)", status.LastDecision.Reason);
        Assert.Equal(0, rig.Broker.PlacedCount);
        Assert.Equal(0m, status.PositionBase);
    }
}
