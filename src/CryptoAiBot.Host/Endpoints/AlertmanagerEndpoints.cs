using System.Text.Json;
using CryptoAiBot.Application.Events;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CryptoAiBot.Host.Endpoints;

/// <summary>
/// <c>POST /alertmanager/webhook</c>: Alertmanager's webhook receiver. A valid notification is published as
/// <c>alerts.alertmanager</c> (the Telegram publisher forwards it) and answered 200; a malformed one is a 400 naming every
/// problem, which Alertmanager logs and does not retry. Guarded by <see cref="WebhookAuthFilter"/> when configured.
/// </summary>
public static class AlertmanagerEndpoints
{
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapAlertmanagerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/alertmanager/webhook", ReceiveAsync)
            .AddEndpointFilter<WebhookAuthFilter>()
            .WithTags("Alerts")
            .WithSummary("Alertmanager webhook (payload version 4): forwards the alerts to Telegram");
        return app;
    }

    private static async Task<Results<Ok<WebhookAccepted>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, IEventBus bus, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.Problem(title: "Payload too large", detail: $"At most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(
                title: "Invalid JSON", detail: $"The body is not JSON: {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        using (json)
        {
            var (notice, problems) = AlertmanagerPayloadReader.Read(json.RootElement);
            if (notice is null)
            {
                return TypedResults.Problem(
                    title: "Invalid Alertmanager payload", detail: string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest);
            }

            await bus.PublishAsync(
                new BusEvent(EventTopics.AlertsAlertmanager, EventJson.Serialize(notice), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new WebhookAccepted(notice.Alerts.Count));
        }
    }

    /// <summary>How many alerts of the notification were accepted.</summary>
    public sealed record WebhookAccepted(int Alerts);
}
