using CryptoAiBot.Host;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests.Support;

/// <summary>Builds the production composition (<see cref="BotHost.BuildAsync"/>) and starts it on a free loopback port.</summary>
internal static class RunningBot
{
    public static async Task<BotServer> StartAsync(BotEnvironment environment)
    {
        var built = await BotHost.BuildAsync(environment.ToSettings(), [], TimeProvider.System, CancellationToken.None, "http://127.0.0.1:0");
        if (!built.IsSuccess)
        {
            throw new InvalidOperationException($"The bot did not build: {built.Error.Code} {built.Error.Message}");
        }

        var app = built.Value;
        return await BotServer.StartAsync(app, () => app.Urls);
    }

    /// <summary>A bot on a market that never moves, so nothing trades: API_TOKEN is <paramref name="token"/> when given.</summary>
    public static BotEnvironment Idle(TempDirectory temp, string? token = "test-token") =>
        BotEnvironment.Quiet(temp.File("bot.sqlite3"))
            .With("PRICE_FEED", "fixed")
            .With("FIXED_PRICE", "60000")
            .With("API_TOKEN", token);
}
