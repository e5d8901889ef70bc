using System.Globalization;
using System.Net;
using System.Text;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Reconciliation;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// Reconciliation on the production composition in live mode against the Gate.io simulator over real HTTP: what the
/// exchange did behind our books' back is found, corrected once, reported, or — when nothing explains it — stops the symbol.
/// </summary>
public sealed class ReconciliationOnSimulatorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_missed_fill_is_applied_once_a_vanished_order_is_closed_with_its_fills_and_a_foreign_order_is_left_alone()
    {
        await using var rig = await LiveSimulatorRig.StartAsync();
        var reconcile = rig.Bot.Services.GetRequiredService<ReconcileAccount>();

        // The orchestrator's own loops stand still so that the passes below are the only ones (they take the cycle lock
        // in the bot); the clock still has to move for the client's rate limiter, which refills on it.
        await rig.Bot.Services.GetRequiredService<OrchestratorRegistry>().StopAllAsync(None);

        // Two buys of ours reached the exchange; our books hold one as still pending (the answer was lost) and the
        // other as filled but without its fill. A third order, placed on the exchange by someone else, rests there.
        var vanished = await OrderOfOursOnTheExchangeAsync(rig, "recon-vanished", 60m);
        var missed = await OrderOfOursOnTheExchangeAsync(rig, "recon-missed", 40m);
        await rig.Store.CommitAsync(new StoreChanges { Orders = [Pending(rig, vanished), FilledWithoutFills(rig, missed.Report)] }, None);
        var foreignId = await PlaceForeignLimitBuyAsync(rig, price: 30_000m, amount: 0.001m);

        var first = await WhileTheClockRunsAsync(rig, () => reconcile.ReconcileAsync(LiveSimulatorRig.Symbol, 0.000001m, "test", None));

        Assert.True(first.IsSuccess, first.IsSuccess ? "" : first.Error.Message);
        var outcome = first.Value;
        Assert.True(outcome.Completed);
        Assert.Equal(1, outcome.Found.VanishedOrders);
        Assert.Equal(missed.Report.Fills.Count, outcome.Found.MissedFills);
        Assert.Equal(foreignId, Assert.Single(outcome.Found.ForeignOrders).ExchangeOrderId);
        Assert.Equal("apiv4", outcome.Found.ForeignOrders[0].ClientText);
        Assert.Null(outcome.After.Pause);
        Assert.Equal(0m, outcome.After.Drift.Difference);

        foreach (var id in new[] { vanished.ClientOrderId, missed.ClientOrderId })
        {
            var stored = await rig.Store.GetOrderAsync(id, None);
            Assert.NotNull(stored);
            Assert.Equal(OrderStatus.Filled, stored.Status);
            var onExchange = rig.Ledger.Trades.Where(t => t.Text == GateClientOrderText.Prefix + id.Value).Select(t => t.Id).Order().ToList();
            Assert.NotEmpty(onExchange);
            Assert.Equal(onExchange, stored.Fills.Select(f => f.TradeId.Value).Order().ToList());
        }

        // Applied exactly once: a second pass finds nothing, and the fills are not doubled.
        var fillsBefore = (await rig.Store.GetFillsAsync(LiveSimulatorRig.Symbol, None)).Count;
        var second = await WhileTheClockRunsAsync(rig, () => reconcile.ReconcileAsync(LiveSimulatorRig.Symbol, 0.000001m, "test", None));
        Assert.True(second.IsSuccess);
        Assert.Empty(second.Value.Found.Actions);
        Assert.Equal(0, second.Value.FillsApplied);
        Assert.Equal(fillsBefore, (await rig.Store.GetFillsAsync(LiveSimulatorRig.Symbol, None)).Count);

        // The foreign order is untouched, and our position equals the exchange's balance.
        Assert.Contains(rig.Ledger.Orders, o => o.Id == foreignId && o.Status == "open");
        var position = await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, None);
        Assert.NotNull(position);
        Assert.Equal(rig.Ledger.Balance("BTC").Available + rig.Ledger.Balance("BTC").Locked, position.Quantity);
        Assert.NotNull(await rig.Store.GetReconciliationCheckpointAsync(LiveSimulatorRig.Symbol, None));
    }

    [Fact]
    public async Task Coin_added_behind_the_bots_back_pauses_the_symbol_with_the_reason_and_publishes_a_mismatch()
    {
        await using var rig = await LiveSimulatorRig.StartAsync();
        var bus = rig.Bot.Services.GetRequiredService<IEventBus>();
        var mismatches = new List<BusEvent>();
        using var subscription = bus.Subscribe(EventTopics.ReconciliationPositionMismatch, (e, _) =>
        {
            lock (mismatches)
            {
                mismatches.Add(e);
            }

            return ValueTask.CompletedTask;
        });

        rig.Simulator.Fund(LiveSimulatorRig.Key, "BTC", 0.05m);
        await rig.StepAsync();

        var status = await rig.StatusAsync();
        Assert.Equal("paused", status.GetProperty("state").GetString());
        var reason = status.GetProperty("pause_reason").GetString();
        Assert.Contains("drift 0.05", reason, StringComparison.Ordinal);
        Assert.Contains("unexplained", reason, StringComparison.Ordinal);
        lock (mismatches)
        {
            var published = Assert.Single(mismatches);
            Assert.Contains("\"difference\":0.05", published.PayloadJson, StringComparison.OrdinalIgnoreCase);
        }

        // It stays paused until an operator resumes, however many passes run.
        await rig.StepAsync(3);
        Assert.Equal("paused", (await rig.StatusAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Ready_is_503_until_the_start_up_reconciliation_completes_and_200_after()
    {
        await using var rig = await LiveSimulatorRig.StartAsync();
        Assert.True(await ReadyWithinStepsAsync(rig), "not ready after the start-up reconciliation");
        var registry = rig.Bot.Services.GetRequiredService<OrchestratorRegistry>();
        await registry.StopAllAsync(None);

        // The exchange's trade history cannot be read (a refusal the client retries, then gives up on): a start-up
        // reconciliation cannot complete, so the symbol does not trade and the bot is not ready.
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Error, Method = "GET", Path = "/spot/my_trades", Status = 400 });
        await registry.StartAllAsync(None);
        await AdvanceAsync(rig, TimeSpan.FromSeconds(5), () => false);

        using (var notReady = await rig.Bot.Client.GetAsync(new Uri("/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        }

        var reconciliation = (await rig.StatusAsync()).GetProperty("reconciliation");
        Assert.False(reconciliation.GetProperty("startup_done").GetBoolean());
        Assert.Contains("exchange not readable", reconciliation.GetProperty("problem").GetString(), StringComparison.Ordinal);
        using (var health = await rig.Bot.Client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            using var healthJson = System.Text.Json.JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            var component = healthJson.RootElement.GetProperty("components").GetProperty("reconciliation:BTC/USDT");
            Assert.Equal("down", component.GetProperty("status").GetString());
            Assert.Contains("start-up reconciliation not done", component.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        rig.Simulator.ClearFaults();
        var orchestrator = Assert.Single(registry.All);
        await AdvanceAsync(rig, TimeSpan.FromSeconds(20), () => orchestrator.StartupReconciled);

        Assert.True(orchestrator.StartupReconciled, "the start-up reconciliation did not complete once the exchange answered");
        Assert.True(await ReadyWithinStepsAsync(rig), "not ready once the start-up reconciliation could complete");
        Assert.True((await rig.StatusAsync()).GetProperty("reconciliation").GetProperty("startup_done").GetBoolean());
    }

    /// <summary>Moves the shared clock in small steps, giving the loops a moment each, until <paramref name="done"/> or <paramref name="span"/>.</summary>
    private static async Task AdvanceAsync(LiveSimulatorRig rig, TimeSpan span, Func<bool> done)
    {
        for (var moved = TimeSpan.Zero; moved < span && !done(); moved += TimeSpan.FromMilliseconds(100))
        {
            rig.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(TimeSpan.FromMilliseconds(15));
        }
    }

    private static async Task<(ClientOrderId ClientOrderId, BrokerOrder Report, DateTimeOffset At)> OrderOfOursOnTheExchangeAsync(
        LiveSimulatorRig rig, string name, decimal quote)
    {
        var id = new ClientOrderId("c" + name.Replace("-", "", StringComparison.Ordinal));
        var placed = await WhileTheClockRunsAsync(rig, () => rig.Broker.PlaceMarketBuyAsync(LiveSimulatorRig.Symbol, quote, id, None).AsTask());
        Assert.True(placed.IsSuccess, placed.IsSuccess ? "" : placed.Error.Message);
        Assert.NotEmpty(placed.Value.Fills);
        return (id, placed.Value, rig.Time.GetUtcNow());
    }

    /// <summary>
    /// Whether <c>/ready</c> says 200 within a few steps of the clock. The health probe's broker call shares the client's
    /// per-endpoint rate limit with the loops, and that limit refills only as the shared manual clock moves.
    /// </summary>
    private static async Task<bool> ReadyWithinStepsAsync(LiveSimulatorRig rig)
    {
        for (var step = 0; step < 5; step++)
        {
            using var ready = await rig.Bot.Client.GetAsync(new Uri("/ready", UriKind.Relative));
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await rig.StepAsync();
        }

        return false;
    }

    /// <summary>Runs <paramref name="call"/> while moving the shared clock in small steps (the loops are stopped).</summary>
    private static async Task<T> WhileTheClockRunsAsync<T>(LiveSimulatorRig rig, Func<Task<T>> call)
    {
        var running = call();
        for (var i = 0; i < 200 && !running.IsCompleted; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10));
            rig.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        return await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static Order Pending(LiveSimulatorRig rig, (ClientOrderId ClientOrderId, BrokerOrder Report, DateTimeOffset At) sent) => new()
    {
        ClientOrderId = sent.ClientOrderId,
        Symbol = LiveSimulatorRig.Symbol,
        Side = OrderSide.Buy,
        Intent = "entry",
        IdempotencyKey = "key-" + sent.ClientOrderId.Value,
        RequestedQuote = 60m,
        // Sent well before: past the exchange's visibility delay, so its absence from the open orders is conclusive.
        CreatedAt = rig.Time.GetUtcNow().AddMinutes(-2),
        UpdatedAt = rig.Time.GetUtcNow().AddMinutes(-2),
    };

    private static Order FilledWithoutFills(LiveSimulatorRig rig, BrokerOrder report) => new()
    {
        ClientOrderId = report.ClientOrderId,
        Symbol = LiveSimulatorRig.Symbol,
        Side = OrderSide.Buy,
        Intent = "entry",
        IdempotencyKey = "key-" + report.ClientOrderId.Value,
        RequestedQuote = 40m,
        Status = OrderStatus.Filled,
        ExchangeOrderId = report.ExchangeOrderId,
        CreatedAt = rig.Time.GetUtcNow().AddMinutes(-2),
        UpdatedAt = rig.Time.GetUtcNow().AddMinutes(-2),
    };

    /// <summary>A limit buy placed on the account without a client order id, as the web UI or another tool would.</summary>
    private static async Task<string> PlaceForeignLimitBuyAsync(LiveSimulatorRig rig, decimal price, decimal amount)
    {
        var body = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"currency_pair":"{{LiveSimulatorRig.Pair}}","type":"limit","side":"buy","amount":"{{amount}}","price":"{{price}}"}"""));
        var timestamp = rig.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var path = rig.Simulator.BaseUrl.AbsolutePath.TrimEnd('/') + "/spot/orders";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(rig.Simulator.BaseUrl.GetLeftPart(UriPartial.Authority) + path));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("KEY", LiveSimulatorRig.Key);
        request.Headers.TryAddWithoutValidation("Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("SIGN", GateSigner.Sign("sim-secret", "POST", path, "", body, timestamp));
        using var http = new HttpClient();
        using var response = await http.SendAsync(request, None);
        var text = await response.Content.ReadAsStringAsync(None);
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        return json.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException("no order id in " + text);
    }
}
