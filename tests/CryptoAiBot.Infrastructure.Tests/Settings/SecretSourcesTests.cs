using System.Text;
using CryptoAiBot.Infrastructure.Settings;
using CryptoAiBot.Testing;

namespace CryptoAiBot.Infrastructure.Tests.Settings;

public sealed class SecretSourcesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Direct_value_wins_over_every_other_source()
    {
        var keys = Keys(AllSources());

        Assert.Equal(("direct-key", "API_KEY"), (keys.ApiKey.Reveal(), keys.ApiKeySource));
        Assert.Equal(("direct-secret", "API_SECRET"), (keys.ApiSecret.Reveal(), keys.ApiSecretSource));
    }

    [Fact]
    public void File_wins_over_base64_and_secrets_file_and_is_trimmed()
    {
        var keys = Keys(AllSources().Where(p => p.Name is not ("API_KEY" or "API_SECRET")).ToArray());

        Assert.Equal(("file-key", "API_KEY_FILE"), (keys.ApiKey.Reveal(), keys.ApiKeySource));
        Assert.Equal(("file-secret", "API_SECRET_FILE"), (keys.ApiSecret.Reveal(), keys.ApiSecretSource));
    }

    [Fact]
    public void Base64_wins_over_secrets_file()
    {
        var keys = Keys(AllSources().Where(p => p.Name.EndsWith("_B64", StringComparison.Ordinal) || p.Name == "SECRETS_FILE").ToArray());

        Assert.Equal(("b64-key", "API_KEY_B64"), (keys.ApiKey.Reveal(), keys.ApiKeySource));
        Assert.Equal(("b64-secret", "API_SECRET_B64"), (keys.ApiSecret.Reveal(), keys.ApiSecretSource));
    }

    [Fact]
    public void Secrets_file_is_the_last_resort_and_accepts_lower_case_fields()
    {
        var path = _temp.Write("secrets.json", """{ "api_key": "json-key", "API_SECRET": "json-secret" }""");

        var keys = Keys(("MODE", "live"), ("SECRETS_FILE", path));

        Assert.Equal(("json-key", "SECRETS_FILE"), (keys.ApiKey.Reveal(), keys.ApiKeySource));
        Assert.Equal(("json-secret", "SECRETS_FILE"), (keys.ApiSecret.Reveal(), keys.ApiSecretSource));
    }

    [Fact]
    public void Each_credential_resolves_on_its_own()
    {
        var keys = Keys(("API_KEY", "direct-key"), ("API_SECRET_FILE", _temp.Write("secret", "file-secret")));

        Assert.Equal(("API_KEY", "API_SECRET_FILE"), (keys.ApiKeySource, keys.ApiSecretSource));
    }

    [Fact]
    public void Bad_base64_names_the_variable_but_not_the_value()
    {
        const string value = "not*base64*at-all!";

        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("MODE", "live"), ("API_KEY_B64", value), ("API_SECRET", "s"))).Problems);

        Assert.Equal("API_KEY_B64: not valid base64", problem);
        Assert.DoesNotContain(value, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_names_the_variable_but_not_the_value()
    {
        var path = _temp.File("no-such-secret-file");

        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("API_SECRET_FILE", path))).Problems);

        Assert.Equal("API_SECRET_FILE: the file does not exist", problem);
        Assert.DoesNotContain(path, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_json_names_the_variable_but_not_the_content()
    {
        var path = _temp.Write("secrets.json", "{ \"API_KEY\": \"leaky-value\", oops }");

        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("SECRETS_FILE", path))).Problems);

        Assert.StartsWith("SECRETS_FILE: not valid JSON", problem);
        Assert.DoesNotContain("leaky", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_key_file_is_a_problem()
    {
        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("API_KEY_FILE", _temp.Write("key", " \n")))).Problems);

        Assert.Equal("API_KEY_FILE: the file is empty", problem);
    }

    [Fact]
    public void Secrets_file_without_an_object_is_a_problem()
    {
        var problem = Assert.Single(SettingsLoader.Load(Variables.Of(("SECRETS_FILE", _temp.Write("s.json", "[1, 2]")))).Problems);

        Assert.StartsWith("SECRETS_FILE: must contain a JSON object", problem);
    }

    private static ApiKeysOptions Keys(params (string Name, string? Value)[] pairs) =>
        SettingsLoader.Load(Variables.Of(pairs)).GetOrThrow().ApiKeys;

    private (string Name, string? Value)[] AllSources() =>
    [
        ("MODE", "live"),
        ("API_KEY", "direct-key"),
        ("API_SECRET", "direct-secret"),
        ("API_KEY_FILE", _temp.Write("key.txt", "file-key\n")),
        ("API_SECRET_FILE", _temp.Write("secret.txt", "  file-secret  \n")),
        ("API_KEY_B64", Convert.ToBase64String(Encoding.UTF8.GetBytes("b64-key"))),
        ("API_SECRET_B64", Convert.ToBase64String(Encoding.UTF8.GetBytes("b64-secret\n"))),
        ("SECRETS_FILE", _temp.Write("secrets.json", """{ "API_KEY": "json-key", "API_SECRET": "json-secret" }""")),
    ];
}
