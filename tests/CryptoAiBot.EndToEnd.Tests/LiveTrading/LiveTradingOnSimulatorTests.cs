using System.Globalization;
using CryptoAiBot.Application.Safety;
using CryptoAiBot.Domain.Exits;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Ledger;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// The issue's proof, on the production composition in live mode against the Gate.io simulator on loopback: the bot
/// opens a position, rests its stop on the exchange, moves it up as the price rises, and exits — once by its own
/// trailing stop (taking the exchange stop off first), once by the exchange stop firing — and afterwards its fills,
/// fees, position, realized PnL and balances equal the simulator's ledger to the last decimal.
/// </summary>
public sealed class LiveTradingOnSimulatorTests(ITestOutputHelper output)
{
    private const decimal StartQuote = 10_000m;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Bot_side_trailing_stop_takes_the_exchange_stop_off_and_sells_and_the_books_equal_the_ledger()
    {
        await using var rig = await LiveSimulatorRig.StartAsync();
        var (_, moved) = await OpenAndTrailAsync(rig);

        // Half the spread is about 6 USDT here: a last price 5 above the trigger puts the bid (what the bot watches)
        // under its trail while the exchange's last-price trigger stays untouched, so the bot is the one to act.
        rig.Simulator.SetPrice(LiveSimulatorRig.Pair, moved.TriggerPrice + 5m);
        Assert.Equal("open", PriceOrder(rig, moved.StopId).Status);
        Assert.True(await rig.StepUntilAsync(() => FlatAsync(rig), maxSeconds: 5), "the bot did not sell on its trailing stop");

        Assert.Equal("cancelled", PriceOrder(rig, moved.StopId).Status);
        var sell = Assert.Single(await OrdersAsync(rig), o => o.Side == OrderSide.Sell);
        Assert.Equal(TradeIntents.TrailingStop, sell.Intent);
        await SettleAndCompareAsync(rig);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Exchange_stop_fires_and_the_bot_records_its_sell_once_and_the_books_equal_the_ledger(bool priceRecovers)
    {
        await using var rig = await LiveSimulatorRig.StartAsync();
        var (_, moved) = await OpenAndTrailAsync(rig);

        // Through the trigger in one move: the exchange sells before the bot's next look at the market. When the price
        // recovers before that look (a wick), the bot's own stop never triggers and only the exchange's record tells.
        rig.Simulator.SetPrice(LiveSimulatorRig.Pair, moved.TriggerPrice - 50m);
        if (priceRecovers)
        {
            rig.Simulator.SetPrice(LiveSimulatorRig.Pair, 61_000m);
        }

        var fired = PriceOrder(rig, moved.StopId);
        Assert.Equal("finish", fired.Status);
        Assert.NotNull(fired.FiredOrderId);
        Assert.True(await rig.StepUntilAsync(() => FlatAsync(rig), maxSeconds: 5), "the bot did not record the sell its exchange stop made");

        var sell = Assert.Single(await OrdersAsync(rig), o => o.Side == OrderSide.Sell);
        Assert.Equal(TradeIntents.ExchangeStop, sell.Intent);
        Assert.Equal(fired.FiredOrderId, sell.ExchangeOrderId);
        Assert.Equal(2, rig.Ledger.Orders.Count); // the buy and the stop's sell: the bot sold nothing itself
        await SettleAndCompareAsync(rig);
    }

    [Fact]
    public async Task Exchange_stop_that_fired_while_the_bot_was_down_is_recorded_after_the_restart_and_the_books_equal_the_ledger()
    {
        await using var rig = await LiveSimulatorRig.StartAsync();
        var (_, moved) = await OpenAndTrailAsync(rig);

        // The point of a stop resting on the exchange: it guards the position while the bot is not running.
        await rig.StopBotAsync();
        rig.Simulator.SetPrice(LiveSimulatorRig.Pair, moved.TriggerPrice - 50m);
        rig.Time.Advance(TimeSpan.FromSeconds(30));
        var fired = PriceOrder(rig, moved.StopId);
        Assert.Equal("finish", fired.Status);
        await rig.StartBotAsync();
        Assert.True(await rig.StepUntilAsync(() => FlatAsync(rig), maxSeconds: 5), "the restarted bot did not record the sell its exchange stop made");

        var sell = Assert.Single(await OrdersAsync(rig), o => o.Side == OrderSide.Sell);
        Assert.Equal((TradeIntents.ExchangeStop, fired.FiredOrderId), (sell.Intent, sell.ExchangeOrderId));
        Assert.Equal(2, rig.Ledger.Orders.Count);
        await SettleAndCompareAsync(rig);
    }

    [Fact]
    public async Task A_hung_loop_trips_the_dead_mans_switch_within_its_timeout_plus_a_watchdog_interval_and_the_position_is_sold_on_the_exchange()
    {
        // DMS_TIMEOUT_MS 5 s; every loop (the watchdog too) runs each second. HTTP_TIMEOUT is long, so the hang is not cut short.
        await using var rig = await LiveSimulatorRig.StartAsync(("DMS_TIMEOUT_MS", "5000"), ("HTTP_TIMEOUT", "600"));
        await OpenAndTrailAsync(rig);
        rig.Simulator.AddFault(new SimFaultRule { Kind = SimFaultKind.Latency, Path = "/spot/candlesticks", DelayMs = 60_000 });
        var hungAt = rig.Time.GetUtcNow() + TimeSpan.FromSeconds(1); // the next evaluation asks for candles and waits

        // The switch's own decision time is measured, not when the sale shows up: on a loaded machine the sale's HTTP
        // round trips can outlast a short real-time wait, and the clock would move on under them.
        var dms = rig.Bot.Services.GetRequiredService<DeadMansSwitch>();
        DateTimeOffset? trippedAt = null;
        for (var seconds = 0; seconds < 12 && trippedAt is null; seconds++)
        {
            await rig.AdvanceWithoutLoopsAsync(1);
            await BotWait.UntilAsync(() => Task.FromResult(dms.Status.Tripped.ContainsKey(LiveSimulatorRig.Symbol)), TimeSpan.FromMilliseconds(500));
            trippedAt = dms.Status.Tripped.TryGetValue(LiveSimulatorRig.Symbol, out var at) ? at : null;
        }

        Assert.NotNull(trippedAt);
        for (var seconds = 0; seconds < 12 && rig.Ledger.Orders.Count < 2; seconds++)
        {
            await BotWait.UntilAsync(() => Task.FromResult(rig.Ledger.Orders.Count >= 2), TimeSpan.FromSeconds(2));
            if (rig.Ledger.Orders.Count < 2)
            {
                await rig.AdvanceWithoutLoopsAsync(1);
            }
        }

        var soldAt = trippedAt.Value;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dead man's switch tripped {(soldAt - hungAt).TotalSeconds} s after the loops hung"));
        var sell = Assert.Single(rig.Ledger.Orders, o => o.Side == "sell");
        Assert.True(soldAt - hungAt <= TimeSpan.FromSeconds(5) + TimeSpan.FromSeconds(1), $"tripped {(soldAt - hungAt).TotalSeconds} s after the hang");
        Assert.Equal("closed", sell.Status);
        var recorded = Assert.Single(await OrdersAsync(rig), o => o.Side == OrderSide.Sell);
        Assert.Equal((TradeIntents.DeadMansSwitch, sell.Id), (recorded.Intent, recorded.ExchangeOrderId));
        Assert.Equal("paused", (await rig.StatusAsync()).GetProperty("state").GetString());
        Assert.DoesNotContain(rig.Ledger.PriceOrders, o => o.Status == "open");
        rig.Simulator.ClearFaults();
    }

    /// <summary>Buys on an EMA cross, checks the buy and the first exchange stop, raises the price and checks the move.</summary>
    private async Task<(ExchangeStop First, ExchangeStop Moved)> OpenAndTrailAsync(LiveSimulatorRig rig)
    {
        // A rise after the flat stretch: the 1m candle closing at 60000 crosses the fast EMA over the slow one.
        rig.Simulator.SetPrice(LiveSimulatorRig.Pair, 60_000m);
        Assert.True(await rig.StepUntilAsync(async () => (await PositionAsync(rig)) > 0m, maxSeconds: 70), "no buy within the candle");
        var buy = Assert.Single(await OrdersAsync(rig));
        Assert.Equal((OrderSide.Buy, TradeIntents.Entry), (buy.Side, buy.Intent));
        Assert.Equal(buy.ExchangeOrderId, Assert.Single(rig.Ledger.Orders).Id);
        await LedgerAgreement.FillsAreTheTradesAsync(rig);

        Assert.True(await rig.StepUntilAsync(async () => await StopAsync(rig) is not null, maxSeconds: 5), "no exchange stop placed");
        var first = (await StopAsync(rig))!;
        await LedgerAgreement.StopRestsAtTheBotsLevelAsync(rig, first);

        rig.Simulator.SetPrice(LiveSimulatorRig.Pair, 61_000m);
        Assert.True(await rig.StepUntilAsync(async () => (await StopAsync(rig))?.StopId != first.StopId, maxSeconds: 5), "the exchange stop was not moved up");
        var moved = (await StopAsync(rig))!;
        await LedgerAgreement.StopRestsAtTheBotsLevelAsync(rig, moved);
        Assert.Equal("cancelled", PriceOrder(rig, first.StopId).Status);
        Assert.True(moved.TriggerPrice > first.TriggerPrice);
        Assert.Equal(first.BaseAmount, moved.BaseAmount);
        // Placed in the last step (a placement may have waited a moment for Gate's order rate on the shared clock).
        Assert.InRange(moved.PlacedAt, rig.Time.GetUtcNow() - TimeSpan.FromSeconds(1), rig.Time.GetUtcNow());
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"bought {buy.FilledBase} BTC at {buy.AveragePrice}; stop {first.StopId} at {first.TriggerPrice} moved to {moved.StopId} at {moved.TriggerPrice}"));
        return (first, moved);
    }

    /// <summary>A few more passes (settlement, reconciliation) after the exit, then the books against the ledger.</summary>
    private async Task SettleAndCompareAsync(LiveSimulatorRig rig)
    {
        await rig.StepAsync(3);
        await LedgerAgreement.BooksEqualTheLedgerAsync(rig, StartQuote);
        var status = await rig.StatusAsync();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"flat at {status.GetProperty("position_base")} BTC, realized {status.GetProperty("realized_pnl")} USDT"));
    }

    private static SimPriceOrder PriceOrder(LiveSimulatorRig rig, string id) =>
        Assert.Single(rig.Ledger.PriceOrders, o => o.Id.ToString(CultureInfo.InvariantCulture) == id);

    private static async Task<decimal> PositionAsync(LiveSimulatorRig rig) =>
        (await rig.Store.GetPositionAsync(LiveSimulatorRig.Symbol, None))?.Quantity ?? 0m;

    private static Task<ExchangeStop?> StopAsync(LiveSimulatorRig rig) => rig.Store.GetExchangeStopAsync(LiveSimulatorRig.Symbol, None);

    private static Task<IReadOnlyList<Order>> OrdersAsync(LiveSimulatorRig rig) => rig.Store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, None);

    /// <summary>Flat for the bot: nothing sellable held and no stop on record.</summary>
    private static async Task<bool> FlatAsync(LiveSimulatorRig rig) =>
        (await OrdersAsync(rig)).Any(o => o.Side == OrderSide.Sell && o.IsTerminal) && await StopAsync(rig) is null;
}
