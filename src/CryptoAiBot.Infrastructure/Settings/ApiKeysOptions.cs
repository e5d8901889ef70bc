namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Exchange credentials, each resolved from API_KEY / API_KEY_FILE / API_KEY_B64 / SECRETS_FILE (and the
/// same for API_SECRET), first set wins. Both are required in live mode.
/// </summary>
public sealed class ApiKeysOptions
{
    public Secret ApiKey { get; init; } = Secret.None;

    public Secret ApiSecret { get; init; } = Secret.None;

    /// <summary>The variable <see cref="ApiKey"/> came from (e.g. <c>API_KEY_FILE</c>), empty when unset. Safe to log.</summary>
    public string ApiKeySource { get; init; } = "";

    /// <summary>The variable <see cref="ApiSecret"/> came from, empty when unset. Safe to log.</summary>
    public string ApiSecretSource { get; init; } = "";

    public bool IsSet => ApiKey.IsSet && ApiSecret.IsSet;

    internal static ApiKeysOptions Read(VariableReader r, TradingOptions trading)
    {
        var sources = new SecretSources(r);
        var key = sources.Resolve("API_KEY");
        var secret = sources.Resolve("API_SECRET");

        // A broken source was already reported; "required" on top of it would only repeat the problem.
        if (trading.IsLive && !key.Value.IsSet && !key.Failed)
        {
            r.Problem("MODE=live requires API_KEY (or API_KEY_FILE, API_KEY_B64, SECRETS_FILE)");
        }

        if (trading.IsLive && !secret.Value.IsSet && !secret.Failed)
        {
            r.Problem("MODE=live requires API_SECRET (or API_SECRET_FILE, API_SECRET_B64, SECRETS_FILE)");
        }

        return new ApiKeysOptions
        {
            ApiKey = key.Value,
            ApiSecret = secret.Value,
            ApiKeySource = key.Source,
            ApiSecretSource = secret.Source,
        };
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["API_KEY"] = ApiKey.ToString();
        into["API_SECRET"] = ApiSecret.ToString();
    }
}
