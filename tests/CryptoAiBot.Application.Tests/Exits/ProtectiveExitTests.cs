using CryptoAiBot.Application.Execution;
using CryptoAiBot.Application.Exits;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using CryptoAiBot.Domain.Trading;

namespace CryptoAiBot.Application.Tests.Exits;

public sealed class ProtectiveExitTests
{
    private static CheckProtectiveExits Exits(TradingRig rig) => rig.ProtectiveExits();

    [Fact]
    public async Task Hard_stop_sells_the_whole_position_when_the_bid_falls_below_entry_minus_stop()
    {
        // Entry filled at the ask 100.01; a 2% stop sits at 98.0098.
        var rig = new TradingRig(TradingStoreFactory.InMemory(), exits: new ExitPolicy(2m, 0m));
        await rig.BuyAsync();

        rig.Prices.SetPrice(98.5m);
        Assert.Null(await Exits(rig).CheckAsync(TradingRig.BtcUsdt, "t1", CancellationToken.None));
        rig.Prices.SetPrice(98m);
        var sold = await Exits(rig).CheckAsync(TradingRig.BtcUsdt, "t2", CancellationToken.None);

        Assert.Equal(TradeIntents.StopLoss, sold!.Order!.Intent);
        Assert.Equal(0m, (await rig.Store.GetPositionAsync(TradingRig.BtcUsdt, CancellationToken.None))!.Quantity, 6);
    }

    [Fact]
    public async Task Trailing_stop_follows_the_high_persists_it_and_fires_below_it()
    {
        // High bid 109.99 puts a 1% trail at 108.8901.
        var rig = new TradingRig(TradingStoreFactory.InMemory(), exits: new ExitPolicy(0m, 1m));
        await rig.BuyAsync();

        rig.Prices.SetPrice(110m);
        await Exits(rig).CheckAsync(TradingRig.BtcUsdt, "t1", CancellationToken.None);
        var stored = await rig.Store.GetProtectiveExitAsync(TradingRig.BtcUsdt, CancellationToken.None);
        rig.Prices.SetPrice(109m);
        var held = await Exits(rig).CheckAsync(TradingRig.BtcUsdt, "t2", CancellationToken.None);
        rig.Prices.SetPrice(108.8m);
        var sold = await Exits(rig).CheckAsync(TradingRig.BtcUsdt, "t3", CancellationToken.None);

        Assert.Equal(109.99m, stored!.HighestPrice);
        Assert.Null(held);
        Assert.Equal(TradeIntents.TrailingStop, sold!.Order!.Intent);
    }

    [Fact]
    public async Task Nothing_happens_without_an_armed_exit()
    {
        var rig = new TradingRig(TradingStoreFactory.InMemory());
        rig.Prices.SetPrice(1m);

        Assert.Null(await Exits(rig).CheckAsync(TradingRig.BtcUsdt, "t", CancellationToken.None));
        Assert.Equal(0, rig.Broker.AttemptCount);
    }
}
