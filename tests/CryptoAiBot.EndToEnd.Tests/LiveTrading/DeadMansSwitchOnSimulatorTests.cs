using System.Globalization;
using CryptoAiBot.Application.Safety;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>The dead man's switch when an entry is still working on the exchange as the loops hang.</summary>
public sealed class DeadMansSwitchOnSimulatorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_hung_bot_with_a_stalled_entry_has_the_entry_cancelled_and_what_it_bought_sold_on_the_exchange()
    {
        // Settlement would cancel the stalled remainder only after an hour: here only the switch can.
        await using var rig = await LiveSimulatorRig.StartAsync(
            ("DMS_TIMEOUT_MS", "5000"), ("HTTP_TIMEOUT", "600"), OperatorOrders.TokenSetting, ("SETTLEMENT_TIMEOUT_SEC", "3600"));
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.PartialFill, FillFraction = 0.5m, Method = "POST", Path = "/spot/orders", Count = 1 });
        var (status, body) = await OperatorOrders.PlaceAsync(rig, OrderSide.Buy, "stalled-entry");
        Assert.True(status == 200, body.ToString());
        Assert.Equal(nameof(OrderStatus.PartiallyFilled), body.GetProperty("order").GetProperty("status").GetString());
        var entry = Assert.Single(rig.Ledger.Orders);
        Assert.Equal("open", entry.Status);

        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Latency, Path = "/spot/candlesticks", DelayMs = 60_000 });
        var dms = rig.Bot.Services.GetRequiredService<DeadMansSwitch>();
        for (var seconds = 0; seconds < 15 && !dms.Status.Tripped.ContainsKey(LiveSimulatorRig.Symbol); seconds++)
        {
            await rig.AdvanceWithoutLoopsAsync(1);
            await BotWait.UntilAsync(() => Task.FromResult(dms.Status.Tripped.ContainsKey(LiveSimulatorRig.Symbol)), TimeSpan.FromMilliseconds(500));
        }

        Assert.True(dms.Status.Tripped.ContainsKey(LiveSimulatorRig.Symbol), "the switch did not trip");
        Assert.True(
            await BotWait.UntilAsync(() => Task.FromResult(rig.Ledger.Orders.Any(o => o.Side == "sell")), TimeSpan.FromSeconds(10)),
            "nothing was sold");

        // The exchange shows the sale before the bot has recorded its answer, which may wait on the rig's clock (request
        // pacing): wait, moving the clock on if need be, until our books have caught up.
        var recorded = BotWait.UntilAsync(
            async () => (await rig.Store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).All(o => o.IsTerminal),
            TimeSpan.FromSeconds(20));
        Assert.True(await ClockNudges.AwaitAsync(rig, recorded, "recording the sale"), "the sale was not recorded");
        var ledger = rig.Ledger;
        var cancelled = Assert.Single(ledger.Orders, o => o.Side == "buy");
        var sale = Assert.Single(ledger.Orders, o => o.Side == "sell");
        Assert.Equal(("cancelled", "closed"), (cancelled.Status, sale.Status));
        Assert.True(cancelled.FilledAmount > 0m && cancelled.Left > 0m, "the entry was not a partial fill");
        Assert.Equal(0m, ledger.Balance("USDT").Locked);

        var orders = await rig.Store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, CancellationToken.None);
        var buy = Assert.Single(orders, o => o.Side == OrderSide.Buy);
        var sell = Assert.Single(orders, o => o.Side == OrderSide.Sell);
        Assert.Equal((OrderStatus.Canceled, cancelled.Id), (buy.Status, buy.ExchangeOrderId));
        Assert.Equal((TradeIntents.DeadMansSwitch, sale.Id), (sell.Intent, sell.ExchangeOrderId));
        var fills = await rig.Store.GetFillsAsync(LiveSimulatorRig.Symbol, CancellationToken.None);
        Assert.Equal(ledger.Trades.Select(t => t.Id).Order(), fills.Select(f => f.TradeId.Value).Order());
        var balance = ledger.Balance("BTC");
        var position = await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, CancellationToken.None);
        Assert.Equal(balance.Available + balance.Locked, position?.Quantity ?? 0m);

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"a {cancelled.Amount} USDT buy stalled after {cancelled.FilledAmount} BTC; the switch cancelled it and sold {sale.FilledAmount} BTC; {position?.Quantity} BTC dust left = exchange"));
        rig.Simulator.ClearFaults();
    }
}
