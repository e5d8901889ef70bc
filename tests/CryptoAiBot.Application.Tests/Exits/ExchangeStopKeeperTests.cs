using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Trading;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Exits;

/// <summary>The exchange-side stop kept in step with the bot's stops, over in-memory exchange stops on a paper broker.</summary>
public sealed class ExchangeStopKeeperTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static (TradingRig Rig, InMemoryExchangeStops Exchange) Rig(decimal stopLossPct = 2m, decimal trailingPct = 1m)
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory(), exits: new ExitPolicy(stopLossPct, trailingPct));
        return (rig, new InMemoryExchangeStops(rig.Broker, rig.Prices));
    }

    private static Task<CryptoAiBot.Application.Execution.TradeOutcome?> CheckAsync(TradingRig rig, InMemoryExchangeStops exchange) =>
        rig.ProtectiveExits(exchange).CheckAsync(TradingRig.BtcUsdt, "t", None);

    [Fact]
    public async Task After_a_buy_one_stop_rests_on_the_exchange_at_the_tighter_level_for_the_whole_position()
    {
        // Entry at the ask 100.01 (also the first high): the 2% stop is 98.0098, the 1% trail 99.0099 → 99.00.
        var (rig, exchange) = Rig();
        await rig.BuyAsync();

        await CheckAsync(rig, exchange);
        await CheckAsync(rig, exchange);

        var stop = await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None);
        var position = await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, None);
        Assert.Equal(1, exchange.Placed);
        Assert.Equal(99.00m, stop!.TriggerPrice);
        Assert.Equal(0.9979002m, position!.Quantity); // 100 USDT at 100.01, less the 0.2% fee in BTC
        Assert.Equal(0.9979m, stop.BaseAmount); // what can be sold: cut to the instrument's 6 decimals
        Assert.Equal([stop.StopId], exchange.Open);
        await rig.Outbox.PublishPendingAsync(None);
        Assert.Contains(stop.StopId, Assert.Single(rig.Bus.Topic(EventTopics.ExchangeStopPlaced)).PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rising_trail_moves_the_stop_up_no_sooner_than_the_replace_interval()
    {
        var (rig, exchange) = Rig();
        await rig.BuyAsync();
        await CheckAsync(rig, exchange);
        var first = (await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None))!;

        rig.Prices.SetPrice(105m);
        await CheckAsync(rig, exchange);
        var tooSoon = (await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None))!;
        rig.Time.Advance(ExchangeStopPolicy.Default.MinReplaceInterval);
        await CheckAsync(rig, exchange);
        var moved = (await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None))!;

        Assert.Equal(first, tooSoon);
        Assert.Equal(103.94m, moved.TriggerPrice); // 1% below the high bid 104.99, floored to the price precision
        Assert.NotEqual(first.StopId, moved.StopId);
        Assert.Equal([moved.StopId], exchange.Open);
        Assert.Equal(1, exchange.Cancelled);
    }

    [Fact]
    public async Task A_stop_that_fired_on_the_exchange_is_recorded_once_as_our_sell_and_forgotten()
    {
        var (rig, exchange) = Rig();
        await rig.BuyAsync();
        await CheckAsync(rig, exchange);
        var stop = (await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None))!;

        rig.Prices.SetPrice(99.5m);
        exchange.Fire(stop.StopId);
        await CheckAsync(rig, exchange);
        await CheckAsync(rig, exchange);

        var orders = await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, None);
        var sell = Assert.Single(orders, o => o.Side == OrderSide.Sell);
        Assert.Equal(TradeIntents.ExchangeStop, sell.Intent);
        Assert.Equal(OrderStatus.Filled, sell.Status);
        Assert.Equal(stop.BaseAmount, sell.FilledBase);
        Assert.Equal(0m, (await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, None))!.Quantity, 6);
        Assert.Null(await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None));
        Assert.Equal(2, rig.Broker.PlacedCount); // the buy and the one sell
    }

    [Fact]
    public async Task When_the_bot_side_stop_fires_first_the_exchange_stop_is_taken_off_and_only_the_bot_sells()
    {
        var (rig, exchange) = Rig(stopLossPct: 2m, trailingPct: 0m);
        await rig.BuyAsync();
        await CheckAsync(rig, exchange);

        rig.Prices.SetPrice(97m);
        var sold = await CheckAsync(rig, exchange);

        Assert.Equal(TradeIntents.StopLoss, sold!.Order!.Intent);
        Assert.Empty(exchange.Open);
        Assert.Equal(1, exchange.Cancelled);
        Assert.Null(await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None));
        Assert.Equal(2, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task When_the_exchange_stop_already_fired_the_bot_does_not_sell_a_second_time()
    {
        var (rig, exchange) = Rig(stopLossPct: 2m, trailingPct: 0m);
        await rig.BuyAsync();
        await CheckAsync(rig, exchange);
        var stop = (await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None))!;

        rig.Prices.SetPrice(97m);
        exchange.Fire(stop.StopId);
        var botSale = await CheckAsync(rig, exchange);

        Assert.Null(botSale);
        var sell = Assert.Single(await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, None), o => o.Side == OrderSide.Sell);
        Assert.Equal(TradeIntents.ExchangeStop, sell.Intent);
        Assert.Equal(2, rig.Broker.PlacedCount);
    }

    [Fact]
    public async Task An_expired_stop_is_placed_again()
    {
        var (rig, exchange) = Rig(stopLossPct: 0m, trailingPct: 1m);
        await rig.BuyAsync();
        await CheckAsync(rig, exchange);
        var stop = (await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None))!;

        exchange.Expire(stop.StopId);
        await CheckAsync(rig, exchange);

        var again = await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None);
        Assert.NotEqual(stop.StopId, again!.StopId);
        Assert.Equal([again.StopId], exchange.Open);
    }

    [Fact]
    public async Task A_trigger_the_exchange_market_already_passed_is_not_left_unguarded_the_position_is_sold_at_once()
    {
        var (rig, exchange) = Rig(stopLossPct: 0m, trailingPct: 1m);
        await rig.BuyAsync();
        exchange.LastPrice = 98.5m; // the exchange traded below the 99.00 trail while the bot's bid did not

        var held = await CheckAsync(rig, exchange);

        Assert.Null(held);
        Assert.Equal(0, exchange.Placed);
        var sell = Assert.Single(await rig.Store.GetOrdersSinceAsync(DateTimeOffset.MinValue, None), o => o.Side == OrderSide.Sell);
        Assert.Equal(TradeIntents.TrailingStop, sell.Intent);
        Assert.Equal(0m, (await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, None))!.Quantity, 6);
    }

    [Fact]
    public async Task Without_exchange_stops_nothing_is_placed_and_the_bot_side_stop_works_alone()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory(), exits: new ExitPolicy(2m, 0m));
        await rig.BuyAsync();

        await rig.ProtectiveExits().CheckAsync(TradingRig.BtcUsdt, "t", None);
        rig.Prices.SetPrice(97m);
        var sold = await rig.ProtectiveExits().CheckAsync(TradingRig.BtcUsdt, "t", None);

        Assert.Null(await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None));
        Assert.Equal(TradeIntents.StopLoss, sold!.Order!.Intent);
    }

    [Fact]
    public async Task A_strategy_exit_takes_the_exchange_stop_off_before_it_sells()
    {
        var (rig, exchange) = Rig();
        var strategy = new ScriptedStrategy { Next = Domain.Strategies.SignalAction.Buy };
        await using var orchestrator = rig.Orchestrator(strategy, exchangeStops: exchange);
        await orchestrator.RunOnceAsync(None);
        var stop = await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None);

        strategy.Next = Domain.Strategies.SignalAction.Sell;
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await orchestrator.RunOnceAsync(None);
        var status = await orchestrator.GetStatusAsync(None);

        Assert.NotNull(stop);
        Assert.Equal("sell", status.LastDecision!.Action);
        Assert.Empty(exchange.Open);
        Assert.Equal(1, exchange.Cancelled);
        Assert.Equal(0m, status.PositionBase, 6);
        Assert.Null(await rig.Store.GetExchangeStopAsync(TradingRig.BtcUsdt, None));
    }
}
