using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Results;
using CryptoAiBot.Infrastructure.Macro;
using CryptoAiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoAiBot.Infrastructure.Tests.Macro;

/// <summary>The regime filter's HTTP sources against a real local server speaking the documented shapes.</summary>
public sealed class HttpMacroSourceTests : IAsyncLifetime
{
    private LoopbackHttpServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackHttpServer.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private HttpMacroSource Source(string dxy = "/dxy", string dominance = "/dom", string fomc = "/fomc") => new(
        _services.GetRequiredService<IHttpClientFactory>(),
        dxy.Length > 0 ? _server.Url(dxy) : "", dominance.Length > 0 ? _server.Url(dominance) : "", fomc.Length > 0 ? _server.Url(fomc) : "",
        NullLogger<HttpMacroSource>.Instance);

    [Fact]
    public async Task A_fred_shaped_series_is_read_in_time_order_skipping_missing_days()
    {
        _server.Answer("/dxy", """
            {"realtime_start":"2026-11-20","observations":[
              {"realtime_start":"2026-11-20","date":"2026-11-19","value":"121.4012"},
              {"date":"2026-11-17","value":"120.9"},
              {"date":"2026-11-18","value":"."}]}
            """);
        _server.Answer("/dom", """[{"time":1763596800,"value":57.31},{"time":"2026-11-20T12:30:00Z","value":"57.9"}]""");

        var dxy = await Source().GetSeriesAsync(MacroIndicator.Dxy, CancellationToken.None);
        var dominance = await Source().GetSeriesAsync(MacroIndicator.BtcDominance, CancellationToken.None);

        Assert.True(dxy.IsSuccess, dxy.IsSuccess ? "" : dxy.Error!.Message);
        Assert.Equal(
            [new(new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero), 120.9m), new(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero), 121.4012m)],
            dxy.Value);
        Assert.Equal(
            [new(DateTimeOffset.FromUnixTimeSeconds(1763596800), 57.31m), new(new DateTimeOffset(2026, 11, 20, 12, 30, 0, TimeSpan.Zero), 57.9m)],
            dominance.Value);
    }

    [Fact]
    public async Task The_fomc_calendar_is_read_from_decisions_events_or_a_bare_array_and_a_date_without_time_is_refused()
    {
        var expected = new DateTimeOffset(2026, 12, 9, 19, 0, 0, TimeSpan.Zero);
        _server.Answer("/a", """{"decisions":["2026-12-09T14:00:00-05:00", 1769540400]}""");
        _server.Answer("/b", """{"events":[{"time":"2026-12-09T19:00:00Z","title":"FOMC"}]}""");
        _server.Answer("/c", """["2026-12-09T19:00Z"]""");
        _server.Answer("/d", """{"decisions":["2026-12-09"]}""");

        var a = await Source(fomc: "/a").GetFomcDecisionsAsync(CancellationToken.None);
        var b = await Source(fomc: "/b").GetFomcDecisionsAsync(CancellationToken.None);
        var c = await Source(fomc: "/c").GetFomcDecisionsAsync(CancellationToken.None);
        var d = await Source(fomc: "/d").GetFomcDecisionsAsync(CancellationToken.None);

        Assert.Equal([DateTimeOffset.FromUnixTimeSeconds(1769540400), expected], a.Value);
        Assert.Equal([expected], b.Value);
        Assert.Equal([expected], c.Value);
        Assert.Equal(ErrorCode.MalformedResponse, d.Error!.Code);
        Assert.Equal(
            "REGIME_FOMC_URL answer is not the documented shape: item 0: '2026-12-09' has no time of day; give an ISO 8601 instant such as 2026-12-09T19:00:00Z",
            d.Error!.Message);
    }

    [Theory]
    [InlineData("""{"observations":[{"date":"2026-11-19","value":"abc"}]}""", "observation 0: value \"abc\" is not a positive number")]
    [InlineData("""{"observations":[{"date":"2026-11-19","value":"-1"}]}""", "observation 0: value \"-1\" is not a positive number")]
    [InlineData("""{"observations":[{"value":"1"}]}""", "observation 0 has neither \"date\" nor \"time\"")]
    [InlineData("""{"observations":[{"date":"19/11/2026","value":"1"}]}""", "item 0: \"19/11/2026\" is not an ISO 8601 time or unix seconds")]
    [InlineData("""{"data":[]}""", "expected an array or an object with an array \"observations\"")]
    [InlineData("""[1, 2]""", "observation 0 is not an object")]
    public async Task A_body_that_is_not_the_documented_shape_is_a_malformed_response_saying_where(string body, string problem)
    {
        _server.Answer("/dxy", body);

        var read = await Source().GetSeriesAsync(MacroIndicator.Dxy, CancellationToken.None);

        Assert.Equal(ErrorCode.MalformedResponse, read.Error!.Code);
        Assert.Equal($"REGIME_DXY_URL answer is not the documented shape: {problem}", read.Error!.Message);
    }

    [Fact]
    public async Task Errors_name_the_source_and_the_cause_but_never_the_url()
    {
        _server.Answer("/dxy", "<html>busy</html>", 503);
        _server.Answer("/dom", "{not json");
        var unreachable = new HttpMacroSource(
            _services.GetRequiredService<IHttpClientFactory>(), "", "", "http://127.0.0.1:9/fomc?api_key=secret123", NullLogger<HttpMacroSource>.Instance);

        var status = await Source().GetSeriesAsync(MacroIndicator.Dxy, CancellationToken.None);
        var notJson = await Source().GetSeriesAsync(MacroIndicator.BtcDominance, CancellationToken.None);
        var refused = await unreachable.GetFomcDecisionsAsync(CancellationToken.None);
        var unset = await unreachable.GetSeriesAsync(MacroIndicator.Dxy, CancellationToken.None);

        Assert.Equal((ErrorCode.ExchangeUnavailable, "REGIME_DXY_URL answered HTTP 503"), (status.Error!.Code, status.Error!.Message));
        Assert.Equal((ErrorCode.MalformedResponse, "REGIME_BTC_DOM_URL answer is not JSON"), (notJson.Error!.Code, notJson.Error!.Message));
        Assert.Equal(ErrorCode.ExchangeUnavailable, refused.Error!.Code);
        Assert.StartsWith("REGIME_FOMC_URL unreachable", refused.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret123", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((ErrorCode.NotFound, "REGIME_DXY_URL is not set"), (unset.Error!.Code, unset.Error!.Message));
    }
}
