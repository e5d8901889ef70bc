using System.Text;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Host.Security;

/// <summary>
/// Guards the Alertmanager webhook when ALERTMANAGER_WEBHOOK_TOKEN or ALERTMANAGER_WEBHOOK_USER/PASSWORD are set:
/// 401 without credentials, 403 with wrong ones; either configured scheme is accepted. Secrets are compared in
/// constant time (<see cref="Secret.Matches"/>). With nothing configured every request passes.
/// </summary>
public sealed class WebhookAuthFilter(AlertmanagerOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!options.RequiresAuth)
        {
            return await next(context).ConfigureAwait(false);
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = options.WebhookToken.IsSet ? "Bearer" : "Basic realm=\"alertmanager\"";
            return TypedResults.Problem(
                title: "Authentication required",
                detail: "Configure Alertmanager's webhook http_config with the bearer token or basic auth the bot expects.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var scheme = header[..space];
        var credentials = header[(space + 1)..].Trim();
        var valid = scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            ? options.WebhookToken.Matches(credentials)
            : scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && BasicMatches(credentials);
        return valid
            ? await next(context).ConfigureAwait(false)
            : TypedResults.Problem(title: "Invalid credentials", statusCode: StatusCodes.Status403Forbidden);
    }

    private bool BasicMatches(string encoded)
    {
        if (options.WebhookUser.Length == 0)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        // Both halves are always compared, so a wrong user takes as long as a wrong password.
        var userMatches = colon > 0 && string.Equals(decoded[..colon], options.WebhookUser, StringComparison.Ordinal);
        var passwordMatches = options.WebhookPassword.Matches(colon > 0 ? decoded[(colon + 1)..] : "");
        return userMatches & passwordMatches;
    }
}
