using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Replaces_every_occurrence_of_every_secret()
    {
        var redactor = new SecretRedactor(["alpha", "beta", null, ""]);

        Assert.Equal("*** and *** and *** again", redactor.Redact("alpha and beta and alpha again"));
    }

    [Fact]
    public void Replaces_a_longer_secret_whole_when_it_contains_a_shorter_one()
    {
        var redactor = new SecretRedactor(["abc", "abcdef"]);

        Assert.Equal("x *** y ***", redactor.Redact("x abcdef y abc"));
    }

    [Fact]
    public void Leaves_text_without_secrets_unchanged()
    {
        const string text = "nothing to hide";

        Assert.Same(text, new SecretRedactor(["alpha"]).Redact(text));
        Assert.Null(SecretRedactor.None.Redact(null));
        Assert.True(SecretRedactor.None.IsEmpty);
    }

    [Fact]
    public void Covers_every_secret_in_the_settings_including_connection_passwords()
    {
        var settings = SettingsLoader.Load(Variables.Of(
            ("API_KEY", "the-key"), ("API_SECRET", "the-secret"), ("API_TOKEN", "the-token"), ("TELEGRAM_BOT_TOKEN", "the-bot"),
            ("DB_URL", "Host=db;Username=bot;Password=db-pass"), ("EVENT_BUS_URL", "redis://:bus-pass@localhost:6379"))).GetOrThrow();
        var redactor = SecretRedactor.For(settings);

        var redacted = redactor.Redact("the-key the-secret the-token the-bot auth failed for db-pass, bus-pass");

        Assert.Equal("*** *** *** *** auth failed for ***, ***", redacted);
        Assert.Equal("Host=db;Username=bot;Password=***", settings.Describe()["DB_URL"]);
    }
}
