using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Application.Execution;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;
using CryptoAiBot.Domain.Positions;
using CryptoAiBot.ExchangeSim;
using CryptoAiBot.Infrastructure.CrashTesting;
using CryptoAiBot.Infrastructure.Storage;
using CryptoAiBot.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests.LiveTrading;

/// <summary>
/// The real bot process, live against the Gate simulator over HTTP, killed with SIGKILL at every step of the order path
/// (CRASH_AT), a buy and a sale per step and round, each time restarted and asked for the same order again with the same
/// idempotency key. Afterwards the exchange holds at most one order per intent (exactly one for every intent that
/// reached it), every exchange trade is a fill in the database exactly once, and the position folded from those fills
/// is the simulator's balance.
/// </summary>
public sealed class CrashPointTests(ITestOutputHelper output)
{
    private const string Pair = "BTC_USDT";
    private static readonly Symbol Symbol = Symbol.Parse("BTC/USDT");
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ResolveLimit = TimeSpan.FromSeconds(30);

    /// <summary>Rounds over every step (CRASH_TEST_ROUNDS overrides, for a longer run by hand); each round kills twice per step.</summary>
    private static int Rounds =>
        int.TryParse(Environment.GetEnvironmentVariable("CRASH_TEST_ROUNDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2;

    [Fact]
    public async Task Killed_at_every_step_of_the_order_path_the_bot_never_doubles_an_order_nor_loses_or_repeats_a_fill()
    {
        using var temp = new TempDirectory();
        var options = new GateSimulatorOptions { AutoAdvance = false, HistoryDays = 0, Seed = 7 };
        await using var simulator = await GateSimulator.StartAsync(options, TimeProvider.System, l => l.SetMinimumLevel(LogLevel.Warning), CancellationToken.None);
        simulator.SetPrice(Pair, 60_000m);
        var bots = new CrashBots(temp, simulator);

        var kills = 0;
        var intents = new List<(string Key, OrderSide Side, string Step, string Status)>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var step in CrashSteps.Names)
            {
                foreach (var side in new[] { OrderSide.Buy, OrderSide.Sell })
                {
                    var key = string.Create(CultureInfo.InvariantCulture, $"r{round}-{step}-{side.Lowercase()}");
                    await using (var doomed = await bots.StartAsync(step))
                    {
                        await doomed.TryPlaceAsync(side, key);
                        var exit = await doomed.Process.WaitForExitAsync(TimeSpan.FromSeconds(20));
                        Assert.True(exit == 137, $"{key}: the bot was not killed at {step} (exit {exit?.ToString(CultureInfo.InvariantCulture) ?? "none"})\n{doomed.Process.ErrorText}");
                        Assert.Contains($"{CrashPlan.Marker}: {step}", doomed.Process.ErrorText, StringComparison.Ordinal);
                        kills++;
                    }

                    await using var revived = await bots.StartAsync(crashAt: null);
                    var status = await revived.ResolveAsync(side, key);
                    intents.Add((key, side, step, status));

                    // A sale needs a position and the next buy a flat account: put right whatever the killed intent left.
                    if (status != nameof(OrderStatus.Filled))
                    {
                        Assert.Equal(nameof(OrderStatus.Filled), await revived.ResolveAsync(side, key + "-again"));
                    }

                    Assert.Equal(0, await revived.Process.StopAsync(StartLimit));
                }
            }
        }

        var store = await TradingStoreFactory.OpenSqliteAsync(bots.DbPath, TimeProvider.System, CancellationToken.None);
        try
        {
            var ledger = simulator.Ledger(CrashBots.Key);
            var orders = await store.GetOrdersSinceAsync(DateTimeOffset.UnixEpoch, CancellationToken.None);
            var fills = await store.GetFillsAsync(Symbol, CancellationToken.None);

            // At most one exchange order per intent, and exactly the one our record names.
            foreach (var sent in ledger.Orders.GroupBy(o => o.Text))
            {
                var order = Assert.Single(sent);
                var ours = Assert.Single(orders, o => "t-" + o.ClientOrderId.Value == order.Text);
                Assert.Equal(order.Id, ours.ExchangeOrderId);
            }

            Assert.All(orders, o => Assert.True(o.IsTerminal, $"{o.ClientOrderId} is still {o.Status}"));
            Assert.All(orders.Where(o => o.ExchangeOrderId is null), o => Assert.Equal(OrderStatus.Rejected, o.Status));

            // Every trade once, as it is on the exchange.
            Assert.Equal(ledger.Trades.Select(t => t.Id).Order(), fills.Select(f => f.TradeId.Value).Order());
            foreach (var trade in ledger.Trades)
            {
                var fill = Assert.Single(fills, f => f.TradeId.Value == trade.Id);
                Assert.Equal((trade.Price, trade.Amount, trade.Fee), (fill.Price, fill.Quantity, fill.Fee));
            }

            var position = Position.FromFills(Symbol, fills).Quantity;
            var balance = ledger.Balance("BTC");
            Assert.Equal(balance.Available + balance.Locked, position);
            Assert.Equal(position, (await store.GetPositionAsync(Symbol, CancellationToken.None))?.Quantity ?? 0m);

            var reached = intents.Count(i => i.Status != nameof(OrderStatus.Rejected));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{kills} SIGKILLs over {CrashSteps.Names.Count} steps x {Rounds} rounds x buy/sell; {intents.Count} intents, {reached} reached the exchange " +
                $"(once each), {intents.Count - reached} died before sending and were closed as never placed; {ledger.Orders.Count} exchange orders, " +
                $"{ledger.Trades.Count} trades = {fills.Count} fills; position {position} BTC = exchange balance"));
            output.WriteLine("  exchange orders by intent: " + string.Join(", ", orders.Where(o => o.ExchangeOrderId is not null).GroupBy(o => o.Intent).Select(g => $"{g.Key} {g.Count()}")));
            foreach (var group in intents.GroupBy(i => i.Step))
            {
                output.WriteLine($"  {group.Key}: {string.Join(", ", group.Select(i => $"{i.Side.Lowercase()} {i.Status}"))}");
            }
        }
        finally
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }

        Assert.Equal(CrashSteps.Names.Count * 2 * Rounds, kills);
    }
}
