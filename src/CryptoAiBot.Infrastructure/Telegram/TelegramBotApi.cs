using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CryptoAiBot.Application.Commands;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Telegram;

/// <summary>
/// The two Bot API methods the bot uses, over HTTPS JSON: <c>sendMessage</c> (HTML parse mode) and <c>getUpdates</c>
/// (long polling). The token is only ever part of the request path, as the Bot API requires; it is never logged, and no
/// URL is put into an error detail (the log redactor would mask it anyway). Each call is one attempt, classified: 429
/// (with Telegram's <c>retry_after</c>), 5xx, network failures and timeouts are worth retrying; other 4xx are not.
/// Its named client (<see cref="ClientName"/>) is registered without the client factory's logging handlers, which would
/// log every URL, token included.
/// </summary>
internal sealed class TelegramBotApi : IChatMessenger
{
    public const string ClientName = "telegram";

    private readonly IHttpClientFactory _clients;
    private readonly string _methodPrefix;
    private readonly TimeSpan _sendTimeout;

    public TelegramBotApi(IHttpClientFactory clients, string baseUrl, Secret token, TimeSpan? sendTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        _clients = clients;
        _methodPrefix = baseUrl.TrimEnd('/') + "/bot" + token.Reveal() + "/";
        _sendTimeout = sendTimeout ?? TimeSpan.FromSeconds(15);
    }

    public async Task<ChatDelivery> SendAsync(string chatId, string html, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object>
        {
            ["chat_id"] = chatId,
            ["text"] = html,
            ["parse_mode"] = "HTML",
            ["disable_web_page_preview"] = true,
        };
        var (status, json, failure) = await CallAsync("sendMessage", body, _sendTimeout, cancellationToken).ConfigureAwait(false);
        using (json)
        {
            if (failure is not null)
            {
                return ChatDelivery.Retry(failure);
            }

            var root = json?.RootElement;
            if (status == HttpStatusCode.OK && root is { ValueKind: JsonValueKind.Object } ok && ok.TryGetProperty("ok", out var flag) && flag.ValueKind == JsonValueKind.True)
            {
                return ChatDelivery.Sent;
            }

            var detail = Describe(status, root);
            return IsTransient(status) ? ChatDelivery.Retry(detail, RetryAfter(root)) : ChatDelivery.Rejected(detail);
        }
    }

    /// <summary>Updates after <paramref name="offset"/>, waiting up to <paramref name="wait"/> on the server for one to arrive.</summary>
    public async Task<TelegramPoll> GetUpdatesAsync(long offset, TimeSpan wait, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object>
        {
            ["offset"] = offset,
            ["timeout"] = (int)wait.TotalSeconds,
            ["allowed_updates"] = new[] { "message" },
        };
        var (status, json, failure) = await CallAsync("getUpdates", body, wait + TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        using (json)
        {
            if (failure is not null)
            {
                return TelegramPoll.Failed(failure);
            }

            var root = json?.RootElement;
            if (status != HttpStatusCode.OK || root is not { ValueKind: JsonValueKind.Object } answer
                || !answer.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
            {
                return TelegramPoll.Failed(Describe(status, root), RetryAfter(root));
            }

            var updates = new List<TelegramUpdate>();
            foreach (var update in result.EnumerateArray())
            {
                if (update.TryGetProperty("update_id", out var id) && id.TryGetInt64(out var updateId))
                {
                    updates.Add(new TelegramUpdate(updateId, Command(update)));
                }
            }

            return new TelegramPoll(true, updates, "ok");
        }
    }

    private async Task<(HttpStatusCode Status, JsonDocument? Json, string? Failure)> CallAsync(
        string method, Dictionary<string, object> body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await _clients.CreateClient(ClientName).PostAsJsonAsync(_methodPrefix + method, body, deadline.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
            JsonDocument? json = null;
            try
            {
                json = text.Length > 0 ? JsonDocument.Parse(text) : null;
            }
            catch (JsonException)
            {
                // A proxy's HTML error page: the status code alone decides.
            }

            return (response.StatusCode, json, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, null, $"{method}: no answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return (0, null, $"{method}: network error ({ex.HttpRequestError})");
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500 || status == HttpStatusCode.RequestTimeout;

    private static string Describe(HttpStatusCode status, JsonElement? root)
    {
        var description = root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;
        return $"HTTP {(int)status}" + (description is null ? "" : ": " + description);
    }

    private static TimeSpan? RetryAfter(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object
        && parameters.TryGetProperty("retry_after", out var after) && after.TryGetInt32(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static ChatCommand? Command(JsonElement update)
    {
        if (!update.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
            || !message.TryGetProperty("from", out var from) || !from.TryGetProperty("id", out var userId) || !userId.TryGetInt64(out var user)
            || !message.TryGetProperty("chat", out var chat) || !chat.TryGetProperty("id", out var chatId) || !chatId.TryGetInt64(out var chatNumber)
            || !message.TryGetProperty("date", out var date) || !date.TryGetInt64(out var unixSeconds))
        {
            return null;
        }

        return new ChatCommand(user, chatNumber.ToString(CultureInfo.InvariantCulture), text.GetString() ?? "", DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
    }
}
