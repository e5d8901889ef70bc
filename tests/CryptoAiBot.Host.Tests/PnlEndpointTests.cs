using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

public sealed class PnlEndpointTests
{
    [Fact]
    public async Task Today_reports_zeros_before_any_trade()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var pnl = await bot.Client.GetJsonAsync("/pnl/today?symbol=btc_usdt");

        Assert.Equal("BTC/USDT", pnl.GetProperty("symbol").GetString());
        Assert.Equal(0m, pnl.GetProperty("realized_pnl_quote").GetDecimal());
        Assert.Equal(0m, pnl.GetProperty("fees_quote").GetDecimal());
        Assert.Equal(0m, pnl.GetProperty("turnover_quote").GetDecimal());
        Assert.Equal(0, pnl.GetProperty("order_count").GetInt32());
        Assert.Equal(0, pnl.GetProperty("fill_count").GetInt32());
        Assert.Equal(0, pnl.GetProperty("closed_round_trips").GetInt32());
        var from = pnl.GetProperty("from").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, from.TimeOfDay);
        Assert.True(pnl.GetProperty("to").GetDateTimeOffset() > from);
    }

    [Fact]
    public async Task Today_without_a_symbol_uses_the_only_one_and_an_unknown_symbol_is_404()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var pnl = await bot.Client.GetJsonAsync("/pnl/today");
        var (unknown, body) = await bot.Client.GetTextAsync("/pnl/today?symbol=ETH/USDT");

        Assert.Equal("BTC/USDT", pnl.GetProperty("symbol").GetString());
        Assert.Equal(404, unknown);
        Assert.Contains("BTC/USDT", body, StringComparison.Ordinal);
    }
}
