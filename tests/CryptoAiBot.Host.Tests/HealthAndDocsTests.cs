using System.Text.Json;
using CryptoAiBot.Host.Tests.Support;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Host.Tests;

public sealed class HealthAndDocsTests
{
    [Fact]
    public async Task Health_answers_200_with_every_component_ok()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var (status, body) = await bot.Client.GetTextAsync("/health");

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("paper", json.RootElement.GetProperty("mode").GetString());
        var components = json.RootElement.GetProperty("components");
        foreach (var name in new[] { "database", "broker", "event_bus", "instance_lock", "orchestrator:BTC/USDT" })
        {
            Assert.True(components.TryGetProperty(name, out var component), $"/health lacks {name}: {body}");
            Assert.Equal("ok", component.GetProperty("status").GetString());
        }

        Assert.All(components.EnumerateObject(), c => Assert.Equal("ok", c.Value.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Ready_answers_200_once_started()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var ready = await bot.Client.GetJsonAsync("/ready");

        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal("ok", ready.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_is_json_and_names_the_orchestrator_status_path()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        var document = await bot.Client.GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/orchestrator/status", "/orchestrator/pause", "/health", "/ready", "/pnl/today" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }
    }

    [Fact]
    public async Task Docs_serve_the_swagger_ui_html()
    {
        using var temp = new TempDirectory();
        await using var bot = await RunningBot.StartAsync(RunningBot.Idle(temp));

        using var response = await bot.Client.GetAsync(new Uri("/docs/index.html", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", html, StringComparison.OrdinalIgnoreCase);
        var (rootStatus, _) = await bot.Client.GetTextAsync("/docs");
        Assert.Equal(200, rootStatus);
    }
}
