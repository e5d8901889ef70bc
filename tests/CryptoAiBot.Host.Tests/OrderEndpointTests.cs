using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary><c>POST /orders</c>: the operator's buy and sale, made safe to retry by the Idempotency-Key header.</summary>
public sealed class OrderEndpointTests
{
    private const string Token = "test-token";

    [Fact]
    public async Task A_buy_retried_with_the_same_key_returns_the_first_order_and_a_sale_with_a_new_key_closes_the_position()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (bought, boughtBody) = await bot.Client.PostTextAsync("/orders?symbol=BTC/USDT&side=buy", Token, ("Idempotency-Key", "ops-1"));
        var (again, againBody) = await bot.Client.PostTextAsync("/orders?symbol=btc_usdt&side=buy", Token, ("Idempotency-Key", "ops-1"));
        var afterBuy = await bot.Client.GetJsonAsync("/orchestrator/status");
        var (sold, soldBody) = await bot.Client.PostTextAsync("/orders?side=sell", Token, ("Idempotency-Key", "ops-2"));

        Assert.True(bought == 200, boughtBody);
        var first = Parse(boughtBody);
        Assert.Equal(("executed", "Filled", "manual", "buy"), (first.Outcome, first.Status, first.Intent, first.Side));
        Assert.True(again == 200, againBody);
        var second = Parse(againBody);
        Assert.Equal(("duplicate", first.ClientOrderId), (second.Outcome, second.ClientOrderId));
        var position = afterBuy.GetProperty("position_base").GetDecimal();
        Assert.InRange(position, first.FilledBase * 0.99m, first.FilledBase); // the paper fee is charged in the coin bought
        Assert.True(sold == 200, soldBody);
        var sale = Parse(soldBody);
        Assert.Equal(("executed", "Filled", "sell"), (sale.Outcome, sale.Status, sale.Side));
        Assert.NotEqual(first.ClientOrderId, sale.ClientOrderId);
        // What is left is the dust below the lot size the sale could not include.
        Assert.InRange((await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("position_base").GetDecimal(), 0m, position * 0.01m);
    }

    [Theory]
    [InlineData("/orders?symbol=BTC/USDT&side=buy", null, "Idempotency-Key header is required")]
    [InlineData("/orders?symbol=BTC/USDT&side=buy", "has spaces in it", "Idempotency-Key header is required")]
    [InlineData("/orders?symbol=BTC/USDT&side=hold", "k1", "side must be buy or sell")]
    [InlineData("/orders?symbol=ETH/USDT&side=buy", "k1", "'ETH/USDT' is not traded here")]
    public async Task An_invalid_order_request_is_a_400_naming_the_problem_and_places_nothing(string path, string? key, string problem)
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (status, body) = key is null
            ? await bot.Client.PostTextAsync(path, Token)
            : await bot.Client.PostTextAsync(path, Token, ("Idempotency-Key", key));

        Assert.Equal(400, status);
        Assert.Contains(problem, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0m, (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("position_base").GetDecimal());
    }

    [Fact]
    public async Task Orders_need_the_bearer_token_and_a_paused_symbol_refuses_a_buy_with_409()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp, Token));

        var (anonymous, _) = await bot.Client.PostTextAsync("/orders?side=buy", bearer: null, ("Idempotency-Key", "k1"));
        var (wrong, _) = await bot.Client.PostTextAsync("/orders?side=buy", "not-the-token", ("Idempotency-Key", "k1"));
        await bot.Client.PostTextAsync("/orchestrator/pause", Token);
        var (paused, pausedBody) = await bot.Client.PostTextAsync("/orders?side=buy", Token, ("Idempotency-Key", "k1"));

        Assert.Equal((401, 403), (anonymous, wrong));
        Assert.True(paused == 409, pausedBody);
        Assert.Contains("paused", JsonDocument.Parse(pausedBody).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0m, (await bot.Client.GetJsonAsync("/orchestrator/status")).GetProperty("position_base").GetDecimal());
    }

    private static (string Outcome, string Status, string Intent, string Side, string ClientOrderId, decimal FilledBase) Parse(string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        var order = root.GetProperty("order");
        return (root.GetProperty("outcome").GetString()!, order.GetProperty("status").GetString()!, order.GetProperty("intent").GetString()!,
            order.GetProperty("side").GetString()!, order.GetProperty("client_order_id").GetString()!, order.GetProperty("filled_base").GetDecimal());
    }
}
