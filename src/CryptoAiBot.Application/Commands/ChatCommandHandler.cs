using System.Globalization;
using System.Text;
using CryptoAiBot.Application.Alerts;
using CryptoAiBot.Application.Health;
using CryptoAiBot.Application.Orchestration;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Application.Storage;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Application.Commands;

/// <summary>
/// Answers chat commands. A user outside <see cref="ChatCommandOptions.Users"/> gets no answer at all (the bot does not
/// reveal itself) and is logged; a known user whose role is too low gets a refusal naming the role needed. Controls act
/// on every symbol unless one is given (<c>/pause BTC/USDT</c>), through the same orchestrator methods as the HTTP API.
/// </summary>
public sealed class ChatCommandHandler
{
    private const int MaxCommandEcho = 32;

    private static readonly (string Name, ChatRole Role, string Help)[] Commands =
    [
        ("/status", ChatRole.Viewer, "state, position and PnL today of every symbol"),
        ("/today", ChatRole.Viewer, "realized PnL, fees, turnover and orders since 00:00 UTC"),
        ("/pnl", ChatRole.Viewer, "PnL today and all time, round trips, win rate"),
        ("/position", ChatRole.Viewer, "size and average entry of every position"),
        ("/balance", ChatRole.Viewer, "account balances"),
        ("/limits", ChatRole.Viewer, "risk limits and their use today"),
        ("/health", ChatRole.Viewer, "health of every component"),
        ("/pause", ChatRole.Operator, "[symbol] pause trading (exits keep running)"),
        ("/resume", ChatRole.Operator, "[symbol] resume trading"),
        ("/stop", ChatRole.Admin, "[symbol] stop the orchestrator"),
        ("/help", ChatRole.Viewer, "this list"),
    ];

    private readonly OrchestratorRegistry _registry;
    private readonly ChatReports _reports;
    private readonly ChatCommandOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChatCommandHandler> _logger;

    public ChatCommandHandler(
        OrchestratorRegistry registry,
        HealthMonitor health,
        ITradingStore store,
        IBroker broker,
        TradingPlan plan,
        ChatCommandOptions options,
        TimeProvider time,
        ILogger<ChatCommandHandler> logger)
    {
        _registry = registry;
        _reports = new ChatReports(registry, health, store, broker, plan, time);
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The HTML answer to send back to <see cref="ChatCommand.ChatId"/>, or null to answer nothing.</summary>
    public async Task<string?> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = command.Text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || !words[0].StartsWith('/'))
        {
            return null;
        }

        // In a group Telegram appends the bot's name: /status@my_bot.
        var name = words[0].Split('@', 2)[0].ToLowerInvariant();
        var echo = name.Length <= MaxCommandEcho ? name : name[..MaxCommandEcho];
        if (!_options.Users.TryGetValue(command.UserId, out var role))
        {
            ChatCommandLog.Unauthorized(_logger, echo, command.UserId, command.ChatId);
            return null;
        }

        if (_time.GetUtcNow() - command.SentAt > _options.MaxAge)
        {
            ChatCommandLog.Stale(_logger, echo, command.UserId, command.SentAt, _options.MaxAge);
            return null;
        }

        var spec = Array.Find(Commands, c => c.Name == name);
        if (spec.Name is null)
        {
            return $"Unknown command {HtmlText.Escape(echo)}. /help lists what you can use.";
        }

        if (role < spec.Role)
        {
            ChatCommandLog.Refused(_logger, name, command.UserId, spec.Role, role);
            return $"⛔ {name} needs the {Lower(spec.Role)} role; you are {Lower(role)}. Nothing was changed.";
        }

        ChatCommandLog.Executing(_logger, name, command.UserId, role);
        var argument = words.Length > 1 ? words[1] : null;
        try
        {
            return HtmlText.Fit(await RunAsync(name, argument, command.UserId, role, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChatCommandLog.Failed(_logger, ex, name, command.UserId);
            return $"⚠️ {name} failed: {HtmlText.Escape(ex.Message)}";
        }
    }

    private Task<string> RunAsync(string name, string? argument, long userId, ChatRole role, CancellationToken cancellationToken) => name switch
    {
        "/status" => _reports.StatusAsync(cancellationToken),
        "/today" => _reports.TodayAsync(cancellationToken),
        "/pnl" => _reports.PnlAsync(cancellationToken),
        "/position" => _reports.PositionAsync(cancellationToken),
        "/balance" => _reports.BalanceAsync(cancellationToken),
        "/limits" => _reports.LimitsAsync(cancellationToken),
        "/health" => _reports.HealthAsync(cancellationToken),
        "/pause" => ControlAsync(argument, "paused", o => o.PauseAsync($"paused from Telegram by user {userId.ToString(CultureInfo.InvariantCulture)}", cancellationToken)),
        "/resume" => ControlAsync(argument, "resumed", o => o.ResumeAsync(cancellationToken)),
        "/stop" => ControlAsync(argument, "stopped", async o => { await o.StopAsync(cancellationToken).ConfigureAwait(false); return true; }),
        _ => Task.FromResult(Help(role)),
    };

    private async Task<string> ControlAsync(string? symbol, string done, Func<SymbolOrchestrator, Task<bool>> action)
    {
        IReadOnlyCollection<SymbolOrchestrator> targets;
        if (string.IsNullOrWhiteSpace(symbol))
        {
            targets = _registry.All;
        }
        else if (_registry.Find(symbol) is { } one)
        {
            targets = [one];
        }
        else
        {
            return $"Unknown symbol {HtmlText.Escape(symbol)}; traded here: {HtmlText.Escape(string.Join(", ", _registry.Symbols))}.";
        }

        var html = new StringBuilder();
        foreach (var orchestrator in targets)
        {
            var changed = await action(orchestrator).ConfigureAwait(false);
            var state = orchestrator.State.ToString().ToLowerInvariant();
            html.Append(html.Length > 0 ? "\n" : "").Append("<b>").Append(HtmlText.Escape(orchestrator.Symbol.ToString())).Append("</b> ")
                .Append(changed ? done : $"not {done}: it is {state}");
        }

        return html.ToString();
    }

    private static string Help(ChatRole role)
    {
        var html = new StringBuilder($"<b>Commands</b> (you are {Lower(role)})");
        foreach (var (name, required, help) in Commands.Where(c => c.Role <= role))
        {
            html.Append('\n').Append(name).Append(" — ").Append(HtmlText.Escape(help));
        }

        return html.ToString();
    }

    private static string Lower(ChatRole role) => role.ToString().ToLowerInvariant();
}
