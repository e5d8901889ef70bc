using System.Globalization;
using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

/// <summary>The macro regime filter in the running bot, reading its source over real HTTP from a local server.</summary>
public sealed class RegimeStatusTests
{
    [Fact]
    public async Task With_the_regime_filter_on_the_status_shows_the_verdict_read_from_the_configured_calendar()
    {
        await using var macro = await LoopbackHttpServer.StartAsync();
        var decision = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds());
        macro.Answer("/fomc", $$"""{"decisions":["{{decision.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}}"]}""");
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(
            RunningBot.Idle(temp).With("REGIME_ENABLED", "1").With("REGIME_FOMC_URL", macro.Url("/fomc")));

        var regime = await CheckedRegimeAsync(bot.Client);

        Assert.True(regime.GetProperty("enabled").GetBoolean());
        Assert.Equal("FOMC ±8h; risk-off blocks buys", regime.GetProperty("policy").GetString());
        Assert.Equal("risk_off", regime.GetProperty("state").GetString());
        Assert.StartsWith("FOMC decision at ", regime.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(decision, regime.GetProperty("next_fomc").GetDateTimeOffset());
        Assert.True(macro.Hits("/fomc") >= 1);
    }

    [Fact]
    public async Task Without_the_filter_the_status_says_it_is_off_and_no_source_is_read()
    {
        await using var macro = await LoopbackHttpServer.StartAsync();
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp).With("REGIME_FOMC_URL", macro.Url("/fomc")));

        var status = await bot.Client.GetJsonAsync("/orchestrator/status");

        Assert.Equal("off", status.GetProperty("regime").GetProperty("state").GetString());
        Assert.False(status.GetProperty("regime").GetProperty("enabled").GetBoolean());
        Assert.Equal(0, macro.Hits("/fomc"));
    }

    /// <summary>The status's regime once a check has run; bounded to 15 s.</summary>
    private static async Task<JsonElement> CheckedRegimeAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var regime = (await client.GetJsonAsync("/orchestrator/status")).GetProperty("regime");
            if (regime.GetProperty("checked_at").ValueKind != JsonValueKind.Null)
            {
                return regime;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("No evaluation checked the regime within 15 s.");
    }
}
