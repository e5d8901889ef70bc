namespace CryptoAiBot.Host.Security;

/// <summary>
/// Guards control endpoints: 403 with an explanation while <c>API_TOKEN</c> is unset, 401 without a
/// bearer token, 403 with a wrong one.
/// </summary>
public sealed class BearerTokenFilter(ControlToken token) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!token.IsEnabled)
        {
            return TypedResults.Problem(
                title: "Control endpoints are disabled",
                detail: "Set API_TOKEN to enable start/stop/pause/resume over HTTP.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length <= Scheme.Length)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                title: "Authentication required",
                detail: "Send Authorization: Bearer <API_TOKEN>.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!token.Matches(header[Scheme.Length..].Trim()))
        {
            return TypedResults.Problem(title: "Invalid token", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context).ConfigureAwait(false);
    }
}
