using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Host;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CryptoAiBot.EndToEnd.Tests;

/// <summary>
/// The production composition trading on paper over the built-in simulator, in real (compressed) time:
/// it must open and close positions on its own, and a new process over the same database must find
/// the same orders, position and paper account.
/// </summary>
public sealed class PaperTradingTests(ITestOutputHelper output)
{
    private const string Token = "e2e-token";
    private static readonly TimeSpan TradingLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Paper_bot_completes_round_trips_and_a_restart_over_the_same_database_keeps_orders_position_and_account()
    {
        using var temp = new TempDirectory();
        var environment = BotEnvironment.FastTrading(temp.File("bot.sqlite3")).With("API_TOKEN", Token);
        var clock = Stopwatch.StartNew();
        JsonElement pnl;
        decimal positionBefore;
        IReadOnlyList<Balance> balancesBefore;

        await using (var bot = await RunningBot.StartAsync(environment))
        {
            var last = default(JsonElement);
            var traded = await BotWait.UntilAsync(
                async () =>
                {
                    last = await bot.Client.GetJsonAsync("/pnl/today?symbol=BTC/USDT");
                    return last.GetProperty("order_count").GetInt32() >= 2 && last.GetProperty("closed_round_trips").GetInt32() >= 1;
                },
                TradingLimit,
                TimeSpan.FromMilliseconds(200));
            Assert.True(traded, $"no closed round trip within {TradingLimit.TotalSeconds}s: {last}");
            var tradingSeconds = clock.Elapsed.TotalSeconds;

            var status = await bot.Client.GetJsonAsync("/orchestrator/status?symbol=BTC/USDT");
            Assert.Equal("running", status.GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Object, status.GetProperty("last_decision").ValueKind);
            Assert.False(string.IsNullOrEmpty(status.GetProperty("last_decision").GetProperty("action").GetString()));
            Assert.Equal(200, (await bot.Client.GetTextAsync("/health")).Status);

            // Freeze trading so the numbers compared after the restart are final.
            Assert.Equal(200, (await bot.Client.PostTextAsync("/orchestrator/stop?symbol=BTC/USDT", Token)).Status);
            pnl = await bot.Client.GetJsonAsync("/pnl/today?symbol=BTC/USDT");
            positionBefore = (await bot.Client.GetJsonAsync("/orchestrator/status?symbol=BTC/USDT")).GetProperty("position_base").GetDecimal();
            balancesBefore = await BalancesAsync(bot.Services);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"after {tradingSeconds:0.0}s: orders {pnl.GetProperty("order_count")}, fills {pnl.GetProperty("fill_count")}, round trips {pnl.GetProperty("closed_round_trips")} ({pnl.GetProperty("winning_round_trips")} won), realized PnL {pnl.GetProperty("realized_pnl_quote")} USDT, fees {pnl.GetProperty("fees_quote")} USDT, position {positionBefore} BTC"));
        }

        var built = await BotHost.BuildAsync(environment.ToSettings(), [], TimeProvider.System, CancellationToken.None, "http://127.0.0.1:0");
        Assert.True(built.IsSuccess, built.IsSuccess ? "" : built.Error.Message);
        var app = built.Value;

        // Before the restarted bot trades: the position and the paper account come back from the recorded fills.
        var restored = await app.Services.GetRequiredService<OrchestratorRegistry>().Find("BTC/USDT")!.GetStatusAsync(CancellationToken.None);
        var balancesAfter = await BalancesAsync(app.Services);
        Assert.Equal(positionBefore, restored.PositionBase);
        Assert.Equal(Describe(balancesBefore), Describe(balancesAfter));
        Assert.Equal(positionBefore, balancesAfter.Single(b => b.Asset == "BTC").Total);

        await using var restarted = await BotServer.StartAsync(app, () => app.Urls);
        var pnlAfter = await restarted.Client.GetJsonAsync("/pnl/today?symbol=BTC/USDT");
        Assert.True(pnlAfter.GetProperty("order_count").GetInt32() >= pnl.GetProperty("order_count").GetInt32(), $"{pnlAfter} vs {pnl}");
        Assert.True(pnlAfter.GetProperty("closed_round_trips").GetInt32() >= pnl.GetProperty("closed_round_trips").GetInt32());
        Assert.Equal(200, (await restarted.Client.GetTextAsync("/ready")).Status);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole test {clock.Elapsed.TotalSeconds:0.0}s"));
    }

    private static async Task<IReadOnlyList<Balance>> BalancesAsync(IServiceProvider services)
    {
        var balances = await services.GetRequiredService<IBroker>().GetBalancesAsync(CancellationToken.None);
        Assert.True(balances.IsSuccess);
        return balances.Value;
    }

    private static string Describe(IReadOnlyList<Balance> balances) =>
        string.Join(", ", balances.Where(b => b.Total != 0m).OrderBy(b => b.Asset, StringComparer.Ordinal)
            .Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Asset}={b.Total:0.############}")));
}
