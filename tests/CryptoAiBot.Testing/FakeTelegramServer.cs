using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryptoAiBot.Testing;

/// <summary>
/// A Telegram Bot API stand-in on <see cref="LoopbackHttpServer"/>, for one bot token: <c>sendMessage</c> is recorded
/// (accepted messages in <see cref="Messages"/>, every attempt counted) and can be made to fail on demand
/// (<see cref="Fail"/>); <c>getUpdates</c> serves the commands a test queued with <see cref="SendCommand"/>, honouring
/// the offset like Telegram (updates below it are confirmed and forgotten) and holding an empty poll open for at most
/// a second so the bot's long polling neither spins nor slows a test down. Any other path (a wrong token) is a 404.
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    /// <summary>A token in Telegram's format; tests check it never reaches a log line.</summary>
    public const string DefaultToken = "123456789:AAfake-SECRET-telegram-token";

    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(1);

    private readonly LoopbackHttpServer _server;
    private readonly Lock _gate = new();
    private readonly List<(long Id, JsonObject Update)> _updates = [];
    private readonly ConcurrentQueue<TelegramMessage> _messages = new();
    private TaskCompletionSource _updateQueued = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;
    private int _sendAttempts;
    private int _polls;
    private volatile TelegramFault _fault;

    private FakeTelegramServer(LoopbackHttpServer server, string token)
    {
        _server = server;
        Token = token;
    }

    public string Token { get; }

    /// <summary>The value for TELEGRAM_API_URL.</summary>
    public string ApiUrl => _server.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Accepted messages, oldest first.</summary>
    public IReadOnlyList<TelegramMessage> Messages => [.. _messages];

    /// <summary>Every <c>sendMessage</c> request received, failed ones included.</summary>
    public int SendAttempts => Volatile.Read(ref _sendAttempts);

    /// <summary><c>getUpdates</c> requests received.</summary>
    public int Polls => Volatile.Read(ref _polls);

    public static async Task<FakeTelegramServer> StartAsync(string token = DefaultToken)
    {
        var server = await LoopbackHttpServer.StartAsync().ConfigureAwait(false);
        var fake = new FakeTelegramServer(server, token);
        server.Handle($"/bot{token}/sendMessage", fake.SendMessageAsync);
        server.Handle($"/bot{token}/getUpdates", fake.GetUpdatesAsync);
        return fake;
    }

    /// <summary>From now on <c>sendMessage</c> fails as <paramref name="fault"/> says (<see cref="TelegramFault.None"/> recovers).</summary>
    public void Fail(TelegramFault fault) => _fault = fault;

    /// <summary>Queues a text message from <paramref name="userId"/> in their private chat (chat id = user id unless given), sent now.</summary>
    public void SendCommand(long userId, string text, long? chatId = null, DateTimeOffset? sentAt = null)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            var update = new JsonObject
            {
                ["update_id"] = id,
                ["message"] = new JsonObject
                {
                    ["message_id"] = id,
                    ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "user" + userId.ToString(CultureInfo.InvariantCulture) },
                    ["chat"] = new JsonObject { ["id"] = chatId ?? userId, ["type"] = "private" },
                    ["date"] = (sentAt ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds(),
                    ["text"] = text,
                },
            };
            _updates.Add((id, update));
            _updateQueued.TrySetResult();
            _updateQueued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Messages accepted for <paramref name="chatId"/>, oldest first.</summary>
    public IReadOnlyList<TelegramMessage> MessagesTo(string chatId) => [.. _messages.Where(m => m.ChatId == chatId)];

    /// <summary>Waits (bounded) until <paramref name="count"/> messages have been accepted for <paramref name="chatId"/>; returns them.</summary>
    public async Task<IReadOnlyList<TelegramMessage>> WaitForMessagesAsync(string chatId, int count, TimeSpan? timeout = null)
    {
        await Eventually.HoldsAsync(() => MessagesTo(chatId).Count >= count, timeout ?? TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        return MessagesTo(chatId);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<LoopbackHttpServer.Reply> SendMessageAsync(LoopbackHttpServer.Request request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sendAttempts);
        switch (_fault)
        {
            case TelegramFault.ServerError:
                return new LoopbackHttpServer.Reply(502, """{"ok":false,"error_code":502,"description":"Bad Gateway"}""");
            case TelegramFault.RateLimited:
                return new LoopbackHttpServer.Reply(
                    429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""");
            case TelegramFault.Hang:
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
                break;
        }

        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        var chatId = root.GetProperty("chat_id") is var chat && chat.ValueKind == JsonValueKind.Number ? chat.GetRawText() : chat.GetString() ?? "";
        if (!root.TryGetProperty("text", out var text) || string.IsNullOrEmpty(text.GetString()))
        {
            return new LoopbackHttpServer.Reply(400, """{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}""");
        }

        var parseMode = root.TryGetProperty("parse_mode", out var mode) ? mode.GetString() : null;
        _messages.Enqueue(new TelegramMessage(chatId, text.GetString()!, parseMode));
        var id = Interlocked.Increment(ref _nextMessageId);
        var result = new JsonObject { ["message_id"] = id, ["chat"] = new JsonObject { ["id"] = 0 }, ["date"] = 0, ["text"] = text.GetString() };
        return new LoopbackHttpServer.Reply(200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    private async Task<LoopbackHttpServer.Reply> GetUpdatesAsync(LoopbackHttpServer.Request request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _polls);
        long offset = 0;
        if (request.Body.Length > 0)
        {
            using var body = JsonDocument.Parse(request.Body);
            if (body.RootElement.TryGetProperty("offset", out var o))
            {
                offset = o.GetInt64();
            }
        }

        Task queued;
        lock (_gate)
        {
            _updates.RemoveAll(u => u.Id < offset);
            if (_updates.Count > 0)
            {
                return Answer(_updates);
            }

            queued = _updateQueued.Task;
        }

        await Task.WhenAny(queued, Task.Delay(MaxHold, cancellationToken)).ConfigureAwait(false);
        lock (_gate)
        {
            return Answer(_updates);
        }
    }

    private static LoopbackHttpServer.Reply Answer(List<(long Id, JsonObject Update)> updates)
    {
        var result = new JsonArray([.. updates.Select(u => (JsonNode)u.Update.DeepClone())]);
        return new LoopbackHttpServer.Reply(200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }
}
