using System.Text.Json;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SecretTests
{
    private const string Value = "s3cr3t-value-123";

    [Fact]
    public void Prints_as_a_mask_and_reveals_only_on_request()
    {
        var secret = new Secret(Value);

        Assert.Equal("***", secret.ToString());
        Assert.Equal("key=***", $"key={secret}");
        Assert.Equal(Value, secret.Reveal());
        Assert.Equal("", Secret.None.ToString());
    }

    [Fact]
    public void Serializes_as_a_mask()
    {
        var json = JsonSerializer.Serialize(new { Token = new Secret(Value), Unset = Secret.None });

        Assert.Equal("""{"Token":"***","Unset":""}""", json);
    }

    [Fact]
    public void Refuses_to_be_read_from_json()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Secret>("\"x\""));
    }

    [Fact]
    public void Matches_only_the_exact_value()
    {
        var secret = new Secret(Value);

        Assert.True(secret.Matches(Value));
        Assert.False(secret.Matches(Value + "x"));
        Assert.False(secret.Matches(null));
        Assert.False(Secret.None.Matches(""));
    }

    [Fact]
    public void Summary_and_settings_never_show_a_secret_in_text_or_json()
    {
        var settings = SettingsLoader.Load(Variables.Of(
            ("API_KEY", "key-" + Value), ("API_SECRET", "sec-" + Value), ("API_TOKEN", "tok-" + Value),
            ("TELEGRAM_BOT_TOKEN", "tg-" + Value), ("DB_URL", $"postgresql://bot:db-{Value}@localhost:5432/bot"),
            ("EVENT_BUS_URL", $"redis://:bus-{Value}@127.0.0.1:6379/0"))).GetOrThrow();

        var summary = settings.Describe();
        var texts = new[]
        {
            JsonSerializer.Serialize(summary),
            JsonSerializer.Serialize(settings),
            string.Join("\n", summary.Select(p => $"{p.Key}={p.Value}")),
        };

        Assert.All(texts, text => Assert.DoesNotContain(Value, text, StringComparison.Ordinal));
        Assert.Equal("***", summary["API_KEY"]);
        Assert.Equal("***", summary["API_SECRET"]);
        Assert.Equal("***", summary["API_TOKEN"]);
        Assert.Equal("***", summary["TELEGRAM_BOT_TOKEN"]);
        Assert.Equal("postgresql://bot:***@localhost:5432/bot", summary["DB_URL"]);
        Assert.Equal("redis://:***@127.0.0.1:6379/0", summary["EVENT_BUS_URL"]);
    }

    [Fact]
    public void Summary_shows_unset_secrets_as_empty()
    {
        var summary = new BotSettings().Describe();

        Assert.Equal("", summary["API_KEY"]);
        Assert.Equal("", summary["API_TOKEN"]);
    }
}
