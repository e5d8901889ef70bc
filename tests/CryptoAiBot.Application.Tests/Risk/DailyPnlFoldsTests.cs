using CryptoAiBot.Application.Risk;
using CryptoAiBot.Application.Storage;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Application.Tests.Risk;

/// <summary>
/// The kept fold answers exactly what folding every stored fill afresh answers — after each new fill, across
/// days, when a fill is stored out of time order, and when asked about an earlier day — on both stores.
/// </summary>
public sealed class DailyPnlFoldsTests
{
    private static readonly Symbol Btc = TradingRig.BtcUsdt;
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Stores => ["memory", "sqlite"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Kept_fold_matches_a_fresh_fold_after_every_fill_over_several_days(string kind)
    {
        await using var opened = await OpenAsync(kind);
        var store = opened.Store;
        var folds = new DailyPnlFolds(store);
        var random = new Random(11);
        var held = 0m;
        for (var i = 0; i < 160; i++)
        {
            // Roughly four fills an hour over almost two days: buys, partial sells and closing sells with both fee kinds.
            var time = Day0.AddMinutes(17 * i);
            var sell = held > 0 && random.Next(3) > 0;
            var quantity = sell ? (random.Next(2) == 0 ? held : Math.Round(held / 3m, 6)) : Math.Round(0.001m + ((decimal)random.NextDouble() / 10m), 6);
            var price = 100m + random.Next(-500, 500) / 100m;
            await StoreFillAsync(store, $"t{i}", sell ? OrderSide.Sell : OrderSide.Buy, price, quantity, time);
            held = Math.Max(0m, held + (sell ? -quantity : quantity));

            var dayStart = new DateTimeOffset(time.UtcDateTime.Date, TimeSpan.Zero);
            await AssertSameAsFreshFoldAsync(store, folds, dayStart);
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Fill_stored_out_of_time_order_and_an_earlier_day_still_give_the_fresh_answer(string kind)
    {
        await using var opened = await OpenAsync(kind);
        var store = opened.Store;
        var folds = new DailyPnlFolds(store);
        await StoreFillAsync(store, "b1", OrderSide.Buy, 100m, 1m, Day0.AddHours(1));
        await StoreFillAsync(store, "s1", OrderSide.Sell, 110m, 0.5m, Day0.AddDays(1).AddHours(2));
        var dayOne = Day0.AddDays(1);
        await AssertSameAsFreshFoldAsync(store, folds, dayOne);

        // A late report of an earlier buy lands before the folded sell: the sell now realizes against other lots.
        await StoreFillAsync(store, "b0", OrderSide.Buy, 90m, 1m, Day0.AddMinutes(30));
        await StoreFillAsync(store, "s2", OrderSide.Sell, 120m, 1.5m, dayOne.AddHours(3));
        await AssertSameAsFreshFoldAsync(store, folds, dayOne);
        await AssertSameAsFreshFoldAsync(store, folds, Day0);
        await AssertSameAsFreshFoldAsync(store, folds, dayOne);
    }

    private static async Task AssertSameAsFreshFoldAsync(ITradingStore store, DailyPnlFolds folds, DateTimeOffset dayStart)
    {
        var (realized, trips) = await folds.TodayAsync(Btc, dayStart, 0.00001m, None);
        var fresh = FreshFold(await store.GetFillsAsync(Btc, None), dayStart);

        Assert.Equal(fresh.Realized.ToString(System.Globalization.CultureInfo.InvariantCulture), realized.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(fresh.Trips, trips);
    }

    /// <summary>What the risk snapshot computed before the fold was kept: the whole history, every time.</summary>
    private static (decimal Realized, decimal[] Trips) FreshFold(IReadOnlyList<Fill> fills, DateTimeOffset since)
    {
        var position = new Position(Btc, 0.00001m);
        var realized = 0m;
        var trips = new List<decimal>();
        foreach (var fill in fills)
        {
            var outcome = position.Apply(fill);
            if (outcome.Applied && fill.Time >= since)
            {
                realized += outcome.RealizedPnl;
                trips.AddRange(outcome.ClosedRoundTrip is { } pnl ? [pnl] : []);
            }
        }

        return (realized, [.. trips]);
    }

    private static async Task StoreFillAsync(ITradingStore store, string id, OrderSide side, decimal price, decimal quantity, DateTimeOffset time)
    {
        var orderId = new ClientOrderId("o-" + id);
        var order = new Order
        {
            ClientOrderId = orderId, Symbol = Btc, Side = side, Intent = "entry", IdempotencyKey = "k-" + id,
            Status = OrderStatus.Filled, CreatedAt = time, UpdatedAt = time,
        };
        var fee = side == OrderSide.Buy ? Math.Round(quantity / 1000m, 8) : Math.Round(price * quantity / 1000m, 8);
        var fill = new Fill(new TradeId(id), orderId, Btc, side, price, quantity, fee, side == OrderSide.Buy ? "BTC" : "USDT", time);
        await store.CommitAsync(new StoreChanges { Orders = [order], Fills = [fill] }, None);
    }

    private static async Task<OpenStore> OpenAsync(string kind) =>
        new(kind == "memory" ? TradingStoreFactory.InMemory() : await TradingStoreFactory.OpenSqliteAsync(":memory:", TimeProvider.System, None));

    private sealed class OpenStore(ITradingStore store) : IAsyncDisposable
    {
        public ITradingStore Store => store;

        public ValueTask DisposeAsync() => store is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
    }
}
