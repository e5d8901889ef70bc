namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>
/// Who may post to <c>POST /alertmanager/webhook</c>: ALERTMANAGER_WEBHOOK_TOKEN (a bearer token) and/or
/// ALERTMANAGER_WEBHOOK_USER with ALERTMANAGER_WEBHOOK_PASSWORD (basic auth), matching Alertmanager's
/// <c>http_config.authorization</c> and <c>http_config.basic_auth</c>. With neither set the webhook is open, which is
/// only safe while the HTTP API listens on loopback.
/// </summary>
public sealed class AlertmanagerOptions
{
    public Secret WebhookToken { get; init; } = Secret.None;

    public string WebhookUser { get; init; } = "";

    public Secret WebhookPassword { get; init; } = Secret.None;

    public bool RequiresAuth => WebhookToken.IsSet || WebhookUser.Length > 0;

    internal static AlertmanagerOptions Read(VariableReader r)
    {
        var options = new AlertmanagerOptions
        {
            WebhookToken = r.Raw("ALERTMANAGER_WEBHOOK_TOKEN") is { } token ? new Secret(token) : Secret.None,
            WebhookUser = r.String("ALERTMANAGER_WEBHOOK_USER", ""),
            WebhookPassword = r.Raw("ALERTMANAGER_WEBHOOK_PASSWORD") is { } password ? new Secret(password) : Secret.None,
        };

        if ((options.WebhookUser.Length > 0) != options.WebhookPassword.IsSet)
        {
            r.Problem("ALERTMANAGER_WEBHOOK_USER and ALERTMANAGER_WEBHOOK_PASSWORD must be set together");
        }

        if (options.WebhookUser.Contains(':', StringComparison.Ordinal))
        {
            r.Problem("ALERTMANAGER_WEBHOOK_USER must not contain ':' (basic auth separates user and password with it)");
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["ALERTMANAGER_WEBHOOK_TOKEN"] = WebhookToken.ToString();
        into["ALERTMANAGER_WEBHOOK_USER"] = WebhookUser;
        into["ALERTMANAGER_WEBHOOK_PASSWORD"] = WebhookPassword.ToString();
    }
}
