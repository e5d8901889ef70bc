using System.Diagnostics;
using System.Text.Json;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Latency_delays_the_matching_requests_only()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([new SimFaultRule { Kind = SimFaultKind.Latency, DelayMs = 400, Path = "/spot/tickers" }]);

        var slow = Stopwatch.StartNew();
        var tickers = await rig.Client.GetPublicAsync("/spot/tickers");
        slow.Stop();
        var fast = Stopwatch.StartNew();
        await rig.Client.GetPublicAsync("/spot/time");
        fast.Stop();

        Assert.Equal(200, tickers.Status);
        Assert.True(slow.ElapsedMilliseconds >= 380, $"took {slow.ElapsedMilliseconds} ms");
        Assert.True(fast.ElapsedMilliseconds < 380, $"took {fast.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(502, "SERVER_ERROR")]
    [InlineData(503, "SERVER_ERROR")]
    [InlineData(429, "TOO_MANY_REQUESTS")]
    public async Task The_next_n_requests_fail_with_a_gate_like_body_then_it_recovers(int status, string label)
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([new SimFaultRule { Kind = SimFaultKind.Error, Status = status, Count = 2, Method = "POST", Path = "/spot/orders" }]);

        var failed = new[] { await rig.PlaceAsync("buy", "10", type: "market"), await rig.PlaceAsync("buy", "10", type: "market") };
        var recovered = await rig.PlaceAsync("buy", "10", type: "market");

        Assert.All(failed, r => Assert.Equal((status, label), (r.Status, r.Label)));
        Assert.Equal(201, recovered.Status);
        Assert.Single(rig.Simulator.Ledger(SimRig.Key).Orders);
        Assert.Empty(rig.Simulator.Faults);
    }

    [Fact]
    public async Task A_fraction_of_requests_fails_the_same_way_for_the_same_seed()
    {
        await using var rig = await SimRig.StartAsync();
        var rule = new SimFaultRule { Kind = SimFaultKind.Error, Status = 503, Probability = 0.5 };

        async Task<string> PatternAsync()
        {
            rig.Simulator.SetFaults([rule], seed: 7);
            var pattern = "";
            for (var i = 0; i < 24; i++)
            {
                pattern += (await rig.Client.GetPublicAsync("/spot/time")).Status == 503 ? "x" : ".";
            }

            return pattern;
        }

        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.Contains('x', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task Timeout_after_accept_creates_and_fills_the_order_but_the_client_times_out()
    {
        await using var rig = await SimRig.StartAsync();
        using var impatient = new GateTestClient(rig.Simulator, SimRig.Key, SimRig.Secret, rig.Time, TimeSpan.FromSeconds(2));
        rig.Simulator.SetFaults([new SimFaultRule { Kind = SimFaultKind.DelayAfterProcess, DelayMs = 5_000, Count = 1, Method = "POST", Path = "/spot/orders" }]);

        await Assert.ThrowsAsync<TaskCanceledException>(() =>
            impatient.PostAsync("/spot/orders", new { currency_pair = "BTC_USDT", type = "market", side = "buy", amount = "100", time_in_force = "ioc", text = "t-lost-1" }));

        // The client gave up; the simulator made the order all the same (a loaded machine may take a moment to show it).
        Assert.True(
            await CryptoAiBot.Testing.BotWait.UntilAsync(() => Task.FromResult(rig.Simulator.Ledger(SimRig.Key).Orders.Count > 0), TimeSpan.FromSeconds(10)),
            "the simulator never made the order");
        var found = await rig.Client.GetAsync("/spot/orders/t-lost-1?currency_pair=BTC_USDT");

        Assert.Equal(("closed", "filled"), (found.Json.Str("status"), found.Json.Str("finish_as")));
        Assert.NotEmpty(rig.Simulator.Ledger(SimRig.Key).Trades);
    }

    [Fact]
    public async Task Dropped_response_aborts_the_connection_after_the_order_was_made()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([new SimFaultRule { Kind = SimFaultKind.DropAfterProcess, Count = 1, Method = "POST", Path = "/spot/orders" }]);

        await Assert.ThrowsAsync<HttpRequestException>(() => rig.PlaceAsync("buy", "0.001", "50000", text: "t-dropped"));
        var found = await rig.Client.GetAsync("/spot/orders/t-dropped?currency_pair=BTC_USDT");

        Assert.Equal((200, "open"), (found.Status, found.Json.Str("status")));
        Assert.Equal(50m, rig.Simulator.Ledger(SimRig.Key).Balance("USDT").Locked);
    }

    [Fact]
    public async Task Malformed_bodies_are_truncated_html_or_of_wrong_types()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults(
        [
            new SimFaultRule { Kind = SimFaultKind.Malformed, Body = SimMalformedBody.Truncated, Count = 1, Path = "/spot/tickers" },
            new SimFaultRule { Kind = SimFaultKind.Malformed, Body = SimMalformedBody.Html, Status = 502, Count = 1, Path = "/spot/tickers" },
            new SimFaultRule { Kind = SimFaultKind.Malformed, Body = SimMalformedBody.WrongTypes, Count = 1, Path = "/spot/tickers" },
        ]);

        var truncated = await rig.Client.GetPublicAsync("/spot/tickers?currency_pair=BTC_USDT");
        var html = await rig.Client.GetPublicAsync("/spot/tickers?currency_pair=BTC_USDT");
        var wrongTypes = await rig.Client.GetPublicAsync("/spot/tickers?currency_pair=BTC_USDT");
        var healthy = await rig.Client.GetPublicAsync("/spot/tickers?currency_pair=BTC_USDT");

        Assert.Equal(200, truncated.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated.Body));
        Assert.Equal(502, html.Status);
        Assert.StartsWith("<html>", html.Body, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, wrongTypes.Json[0].GetProperty("last").ValueKind);
        Assert.Equal(JsonValueKind.String, healthy.Json[0].GetProperty("last").ValueKind);
    }

    [Fact]
    public async Task Forget_text_makes_a_cancelled_order_findable_only_by_id_after_the_delay()
    {
        await using var rig = await SimRig.StartAsync(o => o with { Faults = [new SimFaultRule { Kind = SimFaultKind.ForgetText, DelayMs = 60_000 }] });
        var id = (await rig.PlaceAsync("buy", "0.001", "50000", text: "t-forget")).Json.Str("id");
        await rig.Client.DeleteAsync($"/spot/orders/{id}?currency_pair=BTC_USDT");

        rig.Time.Advance(TimeSpan.FromSeconds(60));
        var justInTime = await rig.Client.GetAsync("/spot/orders/t-forget?currency_pair=BTC_USDT");
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        var forgotten = await rig.Client.GetAsync("/spot/orders/t-forget?currency_pair=BTC_USDT");
        var byId = await rig.Client.GetAsync($"/spot/orders/{id}?currency_pair=BTC_USDT");

        Assert.Equal(200, justInTime.Status);
        Assert.Equal((404, "CLIENT_ID_NOT_FOUND"), (forgotten.Status, forgotten.Label));
        Assert.Equal((200, "cancelled"), (byId.Status, byId.Json.Str("status")));
    }

    [Fact]
    public async Task Late_trades_keep_a_filled_orders_trades_out_of_my_trades_until_the_delay_has_passed_on_the_exchange_clock()
    {
        await using var rig = await SimRig.StartAsync();
        rig.Simulator.SetFaults([new SimFaultRule { Kind = SimFaultKind.LateTrades, DelayMs = 5_000 }]);
        var order = (await rig.PlaceAsync("buy", "4000", type: "market", timeInForce: "ioc", text: "t-late")).Json;
        var byOrder = $"/spot/my_trades?currency_pair=BTC_USDT&order_id={order.Str("id")}";

        var atOnce = (await rig.Client.GetAsync(byOrder)).Json;
        var recentAtOnce = (await rig.Client.GetAsync("/spot/my_trades?currency_pair=BTC_USDT")).Json;
        rig.Time.Advance(TimeSpan.FromMilliseconds(4_999));
        var justBefore = (await rig.Client.GetAsync(byOrder)).Json;
        rig.Time.Advance(TimeSpan.FromMilliseconds(1));
        var after = (await rig.Client.GetAsync(byOrder)).Json.EnumerateArray().ToList();
        var shown = (await rig.Client.GetAsync($"/spot/orders/{order.Str("id")}?currency_pair=BTC_USDT")).Json;

        // The order says filled from the start; only the trade list lags.
        Assert.Equal(("closed", "filled"), (order.Str("status"), order.Str("finish_as")));
        Assert.Equal(0, atOnce.GetArrayLength());
        Assert.Equal(0, recentAtOnce.GetArrayLength());
        Assert.Equal(0, justBefore.GetArrayLength());
        var ledger = rig.Simulator.Ledger(SimRig.Key).Trades.Where(t => t.OrderId == order.Str("id")).ToList();
        Assert.Equal(2, ledger.Count); // 4000 USDT takes the 0.05 BTC at 60006 and part of the next level
        Assert.Equal(ledger.Select(t => t.Id).Order(StringComparer.Ordinal), after.Select(t => t.Str("id")).Order(StringComparer.Ordinal));
        Assert.Equal(shown.Dec("filled_amount"), after.Sum(t => t.Dec("amount")));
        Assert.Single(rig.Simulator.Faults); // it holds until cleared
    }

    [Fact]
    public void Late_trades_need_a_positive_delay()
    {
        var problems = new GateSimulatorOptions { Faults = [new SimFaultRule { Kind = SimFaultKind.LateTrades }] }.Validate();

        Assert.Equal("Faults[0] (LateTrades): DelayMs must be positive for LateTrades and never negative; got 0.", Assert.Single(problems));
    }

    [Fact]
    public async Task Faults_are_set_read_and_cleared_through_the_control_endpoint()
    {
        await using var rig = await SimRig.StartAsync();
        using var http = CryptoAiBot.Testing.BotHttp.CreateClient(rig.Simulator.RootUrl);

        using var set = await http.PostAsync(new Uri("_sim/faults", UriKind.Relative), new StringContent(
            """{"seed":3,"rules":[{"kind":"error","status":502,"count":1,"path":"/spot/time"},{"kind":"delay_after_process","delay_ms":10,"method":"GET"}]}""",
            System.Text.Encoding.UTF8, "application/json"));
        var listed = await http.GetStringAsync(new Uri("_sim/faults", UriKind.Relative));
        var failed = await rig.Client.GetPublicAsync("/spot/time");
        using var bad = await http.PostAsync(new Uri("_sim/faults", UriKind.Relative), new StringContent("""{"rules":[{"kind":"latency","delay_ms":0}]}""", System.Text.Encoding.UTF8, "application/json"));
        using var cleared = await http.DeleteAsync(new Uri("_sim/faults", UriKind.Relative));

        Assert.Equal(200, (int)set.StatusCode);
        Assert.Contains("\"kind\":\"delay_after_process\"", listed, StringComparison.Ordinal);
        Assert.Equal((502, "SERVER_ERROR"), (failed.Status, failed.Label));
        Assert.Equal(400, (int)bad.StatusCode);
        Assert.Equal(200, (int)cleared.StatusCode);
        Assert.Empty(rig.Simulator.Faults);
    }
}
